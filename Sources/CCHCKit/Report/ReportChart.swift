extension ReportDocument {
    /// A chart: figures a page writer draws (SVG in HTML) and text and data writers ignore, since
    /// the same figures are in a table beside it.
    public struct Chart: Sendable {
        public var kind: Kind
        /// The chart's name for people (`Điểm theo lĩnh vực`).
        public var title: String
        /// The series' names, in the order of each category's `values` (`Tự ĐG`, `Thẩm định`,
        /// `CTHĐ`); one name for a single series.
        public var series: [String]
        public var categories: [Category]
        /// Lines across the chart: the band minima (`Xuất sắc` from 90).
        public var thresholds: [Threshold]

        public init(kind: Kind, title: String, series: [String], categories: [Category], thresholds: [Threshold] = []) {
            self.kind = kind
            self.title = title
            self.series = series
            self.categories = categories
            self.thresholds = thresholds
        }

        /// How the figures are drawn.
        public enum Kind: Sendable, Equatable {
            /// Vertical bars, one group per category, one bar per series, against the category's `max`
            /// (each domain's self, appraised and final scores).
            case groupedBars
            /// Bars up or down from zero, one per category (each domain's change).
            case signedBars
            /// One horizontal bar per category, coloured by its `band`, thresholds marked (`rank`).
            case horizontalBars
            /// A line through the categories in order (the index over the years), thresholds marked.
            case line
        }

        /// One category: a domain, a unit, a year, a responsible person.
        public struct Category: Sendable {
            public var label: String
            /// One figure per series; `nil` where there is none (a point left out of a line).
            public var values: [Points?]
            /// The most a bar can reach (a domain's max), if it has one.
            public var max: Points?
            /// The band of the figure, by its position in the framework's bands (0 is the highest),
            /// so that a writer colours bars by band; and the band's label.
            public var band: (index: Int, label: String)?

            public init(label: String, values: [Points?], max: Points? = nil, band: (index: Int, label: String)? = nil)
            {
                self.label = label
                self.values = values
                self.max = max
                self.band = band
            }
        }

        /// A marked value: a band's minimum.
        public struct Threshold: Sendable, Equatable {
            public var label: String
            public var value: Points
            public init(label: String, value: Points) {
                self.label = label
                self.value = value
            }
        }
    }
}
