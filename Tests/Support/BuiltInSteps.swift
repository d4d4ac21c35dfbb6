import OptOutCore

/// Steps of the built-in guide by id, so tests compute numbers from the guide instead of writing them.
public enum BuiltInSteps {
    /// How many steps the built-in guide has.
    public static var count: Int { Guide.linkedInAITraining.steps.count }

    /// The step's number, from 1.
    public static func number(_ id: String) -> Int {
        (Guide.linkedInAITraining.index(ofStep: id) ?? -1) + 1
    }

    /// "Step 6 of 12", as both front ends and `optout guide` write it.
    public static func position(_ id: String) -> String {
        "Step \(number(id)) of \(count)"
    }
}
