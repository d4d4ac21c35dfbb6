extension QRCode {
    /// Which modules of a version are function patterns or format and version information.
    public struct FunctionModules: Sendable {
        public let size: Int
        private let flags: [Bool]

        public init(version: Int) {
            let layout = SymbolLayout(version: version)
            size = layout.size
            flags = (0..<(layout.size * layout.size)).map { layout.isFunction(row: $0 / layout.size, column: $0 % layout.size) }
        }

        public subscript(row row: Int, column column: Int) -> Bool { flags[row * size + column] }
    }
}
