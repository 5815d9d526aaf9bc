import Testing

@testable import CCHCKit

/// Issue 11 review: a count of one is singular wherever English counts (`1 criteria` was printed).
@Suite struct EnglishCountsTests {
    @Test func oneDomainOneCriterion() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "one.json",
            #"""
            { "format": "cchc-framework/1", "id": "one", "title": "Một tiêu chí",
              "bands": [ { "min": 0, "label": "Thấp" } ],
              "domains": [ { "id": "1", "title": "Lĩnh vực 1", "max": 10,
                "criteria": [ { "id": "1.1", "title": "Tiêu chí 1.1", "max": 10 } ] } ] }
            """#)
        let show = Package.run(["framework", "show", path, "--lang", "en"])
        #expect(show.code == .success)
        // max 10, one domain, one criterion.
        #expect(show.stdout.hasSuffix("Total: 10 points, 1 domain, 1 criterion\n"))
        #expect(Package.run(["framework", "show", path]).stdout.hasSuffix("Tổng: 10 điểm, 1 lĩnh vực, 1 tiêu chí\n"))
    }

    @Test func countedMessages() {
        #expect(
            Messages.frameworkSummary(domains: 1, criteria: 1, max: Points(hundredths: 1000)).en
                == "1 domain, 1 scored criterion, 10 points")
        #expect(
            Messages.frameworkSummary(domains: 8, criteria: 54, max: Points(hundredths: 10000)).en
                == "8 domains, 54 scored criteria, 100 points")
        #expect(Messages.moreErrors(1).en == "1 more error not shown")
        #expect(Messages.moreWarnings(1).en == "1 more warning not shown")
        #expect(Messages.moreWarnings(3).en == "3 more warnings not shown")
        #expect(
            Messages.stageIncomplete(.final, missingCount: 1, of: 1).en
                == "stage final is incomplete, 1 of 1 criterion not scored")
        #expect(Messages.criteriaMissing(1, first: ["1.1"]).en == "1 criterion missing from the table: 1.1, …")
        #expect(Messages.checkCounts(files: 1, ok: 1, wrong: 0, invalid: 0).en == "1 file: 1 ok, 0 wrong, 0 invalid")
        #expect(Messages.progress(done: 1, total: 1, invalid: 0).en == "1/1 file, 0 invalid")
    }
}
