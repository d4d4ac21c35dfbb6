/// A language's plural rule, as a PO file's header gives it in gettext's `Plural-Forms`:
/// `nplurals=2; plural=(n != 1);`. The expression is C: `n`, whole numbers, `? :`, `||`, `&&`, `==`,
/// `!=`, `<`, `<=`, `>`, `>=`, `+`, `-`, `*`, `/`, `%`, `!` and parentheses, with C's precedence.
/// `form(for:)` evaluates it for a count, so a catalogue's own header decides, as it does for gettext.
public struct PluralRule: Sendable, Equatable {
    /// How many forms the language has.
    public let count: Int
    private let expression: Expression

    /// English's (and gettext's default): one form for 1, another for everything else.
    public static let english = PluralRule(count: 2, expression: .binary(.notEqual, .n, .number(1)))

    private init(count: Int, expression: Expression) {
        self.count = count
        self.expression = expression
    }

    /// The rule in a `Plural-Forms` value, or nil when it cannot be read.
    public init?(pluralForms: String) {
        var count: Int?
        var expression: Expression?
        for part in pluralForms.split(separator: ";") {
            let field = String(part).trimmed
            if field.hasPrefix("nplurals=") {
                count = Int(String(field.dropFirst("nplurals=".count)).trimmed)
            } else if field.hasPrefix("plural=") {
                var parser = Parser(String(field.dropFirst("plural=".count)))
                expression = parser.parseWhole()
            }
        }
        guard let count, count >= 1, let expression else { return nil }
        self.init(count: count, expression: expression)
    }

    /// Which form (0-based) a count takes. Counts are taken without their sign (gettext's are
    /// unsigned); a form the rule gives outside `0..<count` is the first, as gettext takes it.
    public func form(for number: Int) -> Int {
        let form = expression.value(n: number.magnitude > UInt(Int.max) ? Int.max : Int(number.magnitude))
        return (0..<count).contains(form) ? form : 0
    }

    // MARK: The expression

    indirect enum Expression: Sendable, Equatable {
        case n
        case number(Int)
        case not(Expression)
        case binary(Operator, Expression, Expression)
        case conditional(Expression, Expression, Expression)

        func value(n: Int) -> Int {
            switch self {
            case .n: return n
            case let .number(value): return value
            case let .not(operand): return operand.value(n: n) == 0 ? 1 : 0
            case let .conditional(condition, then, otherwise):
                return condition.value(n: n) != 0 ? then.value(n: n) : otherwise.value(n: n)
            case let .binary(op, left, right):
                let l = left.value(n: n)
                // && and || evaluate their right side only when it decides, as in C.
                switch op {
                case .and: return l != 0 && right.value(n: n) != 0 ? 1 : 0
                case .or: return l != 0 || right.value(n: n) != 0 ? 1 : 0
                default: break
                }
                let r = right.value(n: n)
                switch op {
                case .equal: return l == r ? 1 : 0
                case .notEqual: return l != r ? 1 : 0
                case .less: return l < r ? 1 : 0
                case .lessOrEqual: return l <= r ? 1 : 0
                case .greater: return l > r ? 1 : 0
                case .greaterOrEqual: return l >= r ? 1 : 0
                case .plus: return l &+ r
                case .minus: return l &- r
                case .times: return l &* r
                // A division by zero, which C leaves undefined, gives 0.
                case .divide: return r == 0 ? 0 : l / r
                case .remainder: return r == 0 ? 0 : l % r
                case .and, .or: return 0
                }
            }
        }
    }

    enum Operator: Sendable, Equatable {
        case or, and, equal, notEqual, less, lessOrEqual, greater, greaterOrEqual, plus, minus, times, divide, remainder
    }

    /// A recursive-descent parser with C's precedence, from the lowest: `?:`, `||`, `&&`, `==` `!=`,
    /// `<` `<=` `>` `>=`, `+` `-`, `*` `/` `%`, `!`.
    struct Parser {
        private let bytes: [UInt8]
        private var position = 0

        init(_ text: String) { bytes = Array(text.utf8) }

        /// The expression, or nil when the text is not one expression and nothing else.
        mutating func parseWhole() -> Expression? {
            guard let expression = conditional() else { return nil }
            skipSpaces()
            return position == bytes.count ? expression : nil
        }

        private mutating func skipSpaces() {
            while position < bytes.count, bytes[position] == 0x20 || (0x09...0x0D).contains(bytes[position]) { position += 1 }
        }

        /// Takes `token` when it comes next (not when it is the start of a longer operator).
        private mutating func take(_ token: StaticString, unlessFollowedBy follower: UInt8? = nil) -> Bool {
            skipSpaces()
            var index = position
            let matched = token.withUTF8Buffer { token -> Bool in
                for byte in token {
                    guard index < bytes.count, bytes[index] == byte else { return false }
                    index += 1
                }
                return true
            }
            guard matched else { return false }
            if let follower, index < bytes.count, bytes[index] == follower { return false }
            position = index
            return true
        }

        private mutating func conditional() -> Expression? {
            guard let condition = binary(0) else { return nil }
            guard take("?") else { return condition }
            guard let then = conditional(), take(":"), let otherwise = conditional() else { return nil }
            return .conditional(condition, then, otherwise)
        }

        /// How many levels of binary operators there are (`binaryOperator(at:)`).
        private static let levelCount = 6

        /// Takes an operator of a precedence level when one comes next, lowest level first: `||`;
        /// `&&`; `==` `!=`; `<=` `>=` `<` `>`; `+` `-`; `*` `/` `%`. (A switch, not a table: a table of
        /// tuples would cost the runtime a type lookup before the first frame.)
        private mutating func binaryOperator(at level: Int) -> Operator? {
            switch level {
            case 0: return take("||") ? .or : nil
            case 1: return take("&&") ? .and : nil
            case 2: return take("==") ? .equal : take("!=") ? .notEqual : nil
            case 3: return take("<=") ? .lessOrEqual : take(">=") ? .greaterOrEqual : take("<") ? .less : take(">") ? .greater : nil
            case 4: return take("+") ? .plus : take("-") ? .minus : nil
            default: return take("*") ? .times : take("/") ? .divide : take("%") ? .remainder : nil
            }
        }

        /// The operators of `level` and above, left to right.
        private mutating func binary(_ level: Int) -> Expression? {
            guard level < Self.levelCount else { return unary() }
            guard var left = binary(level + 1) else { return nil }
            while let op = binaryOperator(at: level) {
                guard let right = binary(level + 1) else { return nil }
                left = .binary(op, left, right)
            }
            return left
        }

        private mutating func unary() -> Expression? {
            // `!` but not the start of `!=`.
            if take("!", unlessFollowedBy: UInt8(ascii: "=")) {
                guard let operand = unary() else { return nil }
                return .not(operand)
            }
            return primary()
        }

        private mutating func primary() -> Expression? {
            skipSpaces()
            guard position < bytes.count else { return nil }
            if take("(") {
                guard let inner = conditional(), take(")") else { return nil }
                return inner
            }
            if bytes[position] == UInt8(ascii: "n") {
                position += 1
                return .n
            }
            var value: Int?
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                let (shifted, overflow) = (value ?? 0).multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = shifted + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            return value.map(Expression.number)
        }
    }
}
