// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "cchc",
    products: [
        .executable(name: "cchc", targets: ["cchc"]),
        .library(name: "CCHCKit", targets: ["CCHCKit"]),
    ],
    targets: [
        // The library: reads, checks, scores and renders; never prints.
        .target(name: "CCHCKit"),
        // The command-line tool: parses arguments, reads files, prints, exits.
        .executableTarget(name: "cchc", dependencies: ["CCHCKit"]),
        .testTarget(
            name: "CCHCKitTests",
            dependencies: ["CCHCKit", "cchc"],
            exclude: ["Golden"]
        ),
    ]
)
