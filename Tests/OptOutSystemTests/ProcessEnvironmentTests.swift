import Foundation
import OptOutCore
import OptOutSystem
import OptOutTestSupport
import Testing

@Suite("Process environment")
struct ProcessEnvironmentTests {
    @Test func readsWhatFoundationReads() {
        #expect(ProcessEnvironment.read() == ProcessInfo.processInfo.environment)
    }

    /// In a child process of its own (an exit test): setenv while other tests read the environment (every
    /// process they start inherits it) is a data race in the shared test process.
    @Test func aValueKeepsItsEqualsSignsAndNonASCIIText() async {
        await #expect(processExitsWith: .success) {
            let name = "OPTOUT_TEST_ENVIRONMENT_\(UUID().uuidString.prefix(8))"
            setenv(name, "a=b=c é →", 1)
            defer { unsetenv(name) }
            let variables = ProcessEnvironment.read()
            #expect(variables[name] == "a=b=c é →")
            setenv(name, "", 1)
            #expect(ProcessEnvironment.read()[name] == "")
        }
    }
}
