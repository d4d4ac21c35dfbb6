import Foundation
import OptOutCore
import OptOutSystem
import OptOutTestSupport
import Testing

/// A progress file of some schema version, kept under Fixtures/schema-v<N>/, with what the optout that wrote
/// that version reported for it (`<name>.expected.json`).
struct SchemaFixture: CustomStringConvertible, Sendable {
    var version: Int
    var name: String
    var path: String
    var description: String { "schema-v\(version)/\(name)" }

    static let folder = Runner.fixtureFolder()

    /// The schema versions that have a fixture folder.
    static var versions: [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { $0.hasPrefix("schema-v") ? Int($0.dropFirst("schema-v".count)) : nil }.sorted()
    }

    /// Every fixture of every version found.
    static var all: [SchemaFixture] {
        versions.flatMap { version in
            let dir = folder + "/schema-v\(version)"
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
            return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json") }.map {
                SchemaFixture(version: version, name: String($0.dropLast(5)), path: dir + "/" + $0)
            }
        }
    }

    var bytes: Data { get throws { try Data(contentsOf: URL(fileURLWithPath: path)) } }

    var expected: [String: Any] {
        get throws {
            let data = try Data(contentsOf: URL(fileURLWithPath: String(path.dropLast(5)) + ".expected.json"))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
    }
}

func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text.prefix(300))")
}

/// Keys whose string values are text the member wrote (version 1: note, reason; version 2 adds the rest).
let memberTextKeys: Set<String> = ["note", "reason", "screenDiffers", "confirmation", "sentOn", "editedText", "name", "email"]

/// Every string under a member-text key anywhere in a JSON value: what the member wrote.
func memberTexts(_ value: Any) -> [String] {
    if let object = value as? [String: Any] {
        return object.flatMap { key, value -> [String] in
            if memberTextKeys.contains(key), let text = value as? String { return [text] }
            return memberTexts(value)
        }
    }
    if let list = value as? [Any] { return list.flatMap(memberTexts) }
    return []
}

/// Promise 7: progress files of every schema version ever written stay loadable, forever. The test loads
/// every fixture of every version folder it finds, so a new version only adds fixtures.
@Suite("Migration of old progress files", .ownThreads)
struct MigrationTests {
    /// A version folder for each version from 1 to the current one, each with fixtures, and none newer.
    @Test func everySchemaVersionUpToTheCurrentOneHasFixtures() {
        let versions = SchemaFixture.versions
        #expect(versions == Array(1...WalkthroughProgress.currentSchemaVersion),
                "Tests/ReliabilityTests/Fixtures needs schema-v1 ... schema-v\(WalkthroughProgress.currentSchemaVersion); found \(versions)")
        for version in versions {
            #expect(SchemaFixture.all.contains { $0.version == version }, "schema-v\(version) has no fixture")
        }
    }

    /// The re-check interval a member chose is a field files of every version may lack: they load
    /// without it (the default interval), and a save keeps it under its own name.
    @Test func theRecheckIntervalIsAnOptionalFieldOldFilesLack() throws {
        let cli = Runner("migrate-recheck")
        defer { cli.cleanUp() }
        for fixture in SchemaFixture.all {
            let progress = try ProgressFileFormat.decode(try fixture.bytes, path: fixture.path)
            #expect(progress.recheckDays == nil, "\(fixture)")
            #expect(progress.recheckSchedule == RecheckSchedule(), "\(fixture)")
        }
        let newest = try #require(SchemaFixture.all.last)
        var progress = try ProgressFileFormat.decode(try newest.bytes, path: newest.path)
        progress.recheckDays = 30
        try ProgressStore(path: cli.statePath).save(progress)
        let saved = try jsonObject(String(decoding: try #require(cli.stateBytes()), as: UTF8.self))
        #expect(saved["recheckDays"] as? Int == 30)
        #expect(saved["schemaVersion"] as? Int == WalkthroughProgress.currentSchemaVersion, "an added field, no new version")
        #expect(try cli.loadState().recheckSchedule == RecheckSchedule(intervalDays: 30))
        // A value no one could have chosen is ignored, not used.
        progress.recheckDays = 0
        #expect(progress.recheckSchedule == RecheckSchedule())
    }

    @Test(arguments: SchemaFixture.all)
    func anOldFileIsReadAsItsVersionReadItAndSurvivesASave(fixture: SchemaFixture) throws {
        let cli = Runner("migrate")
        defer { cli.cleanUp() }
        let bytes = try fixture.bytes
        var expected = try fixture.expected
        let stored = try jsonObject(String(decoding: bytes, as: UTF8.self))
        // Steps the built-in guide gained after the fixture was written are added as pending: the
        // checklist is then not complete, and the first of them may be the current step. What the
        // member recorded reads as it did.
        let storedIds = Set(((stored["steps"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        let added = Guide.linkedInAITraining.steps.map(\.id).filter { !storedIds.contains($0) }
        if !added.isEmpty {
            expected["complete"] = NSNumber(value: false)
            expected["statusExitCode"] = 1
        }
        #expect(stored["schemaVersion"] as? Int == fixture.version, "\(fixture) is filed under the wrong version")
        try cli.writeState(bytes)

        // What `status --json` reports is what the optout of that version reported.
        func checkStatus(_ moment: String) throws {
            let status = try cli.run(["status", "--json"])
            #expect(status.status == Int32(expected["statusExitCode"] as? Int ?? -1), "\(fixture) \(moment): \(status.stderr)")
            let report = try jsonObject(status.stdout)
            if let current = report["current"] as? String, added.first == current { expected["current"] = current }
            for key in ["complete", "done", "current"] {
                #expect("\(report[key] ?? "nil")" == "\(expected[key] ?? "nil")", "\(fixture) \(moment): \(key)")
            }
            let steps = (report["steps"] as? [[String: Any]]) ?? []
            for want in (expected["steps"] as? [[String: Any]]) ?? [] {
                let id = want["id"] as? String ?? ""
                guard let got = steps.first(where: { $0["id"] as? String == id }) else {
                    Issue.record("\(fixture) \(moment): step \(id) is gone")
                    continue
                }
                for key in ["status", "reason", "note", "updatedAt"] {
                    #expect("\(got[key] ?? "nil")" == "\(want[key] ?? "nil")", "\(fixture) \(moment): \(id).\(key)")
                }
            }
        }
        try checkStatus("as found")

        // Every summary format reads it, and shows what the member wrote.
        for format in ["text", "markdown", "json"] {
            let summary = try cli.run(["summary", "--format", format])
            #expect(summary.status == 0, "\(fixture): summary --format \(format): \(summary.stderr)")
            #expect(terminalHazard(in: summary.stdoutData) == nil)
            if format == "json" {
                let object = try jsonObject(summary.stdout)
                #expect(object["complete"] as? Bool == expected["complete"] as? Bool)
                #expect(object["done"] as? Int == expected["done"] as? Int)
            }
            if format == "text" {
                for step in (expected["steps"] as? [[String: Any]]) ?? [] {
                    for key in ["note", "reason"] {
                        if let text = step[key] as? String { #expect(summary.stdout.contains(text), "\(fixture): \(text)") }
                    }
                }
            }
        }
        #expect(cli.stateBytes() == bytes, "reading changed \(fixture)")

        // Resuming and quitting saves it in the current version, with nothing the member wrote lost.
        let complete = expected["complete"] as? Bool == true
        let run = try cli.run([], input: complete ? "" : "1\nq\n")
        #expect(run.status == (complete ? 0 : 1), "\(fixture): \(run.stderr)")
        if !complete {
            let resaved = try jsonObject(String(decoding: try #require(cli.stateBytes()), as: UTF8.self))
            #expect(resaved["schemaVersion"] as? Int == WalkthroughProgress.currentSchemaVersion)
            let kept = Set(memberTexts(resaved))
            for text in memberTexts(stored) { #expect(kept.contains(text), "\(fixture): \"\(text)\" was lost in the save") }
            try checkStatus("after a save")
        }
    }
}

/// What version 3 added, read from older files: when each step's status changed, and a received time
/// only while the step is done.
@Suite("Migration to schema version 3", .ownThreads)
struct MigrationToVersion3Tests {
    func load(_ version: Int, _ name: String) throws -> WalkthroughProgress {
        let path = SchemaFixture.folder + "/schema-v\(version)/\(name).json"
        return try ProgressFileFormat.decode(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
    }

    @Test func anOlderFileTakesEachStatusTimeFromTheTimeItLastChanged() throws {
        let progress = try load(2, "note-added-after-the-setting-was-turned-off")
        #expect(progress.schemaVersion == WalkthroughProgress.currentSchemaVersion)
        for record in progress.steps {
            if record.status == .pending {
                #expect(record.statusChangedAt == nil, "\(record.id)")
            } else {
                #expect(record.statusChangedAt == record.updatedAt, "\(record.id): the best a version 2 file knew")
            }
        }
    }

    @Test func aVersion3FileKeepsTheStatusTimeApartFromALaterNote() throws {
        let progress = try load(3, "note-added-after-the-setting-was-turned-off")
        let record = try #require(progress.record("turn-off-genai"))
        let changed = try #require(record.statusChangedAt)
        let updated = try #require(record.updatedAt)
        #expect(changed < updated, "the note came later and did not move the time the setting was turned Off")
        let report = ProgressReport(guide: .linkedInAITraining, saved: progress, zone: .utc, now: nil)
        #expect(report.recordLines.contains { $0.contains("switched to \"Off\"") && $0.contains(": confirmed \(TimeText.utc(changed));") })
    }

    @Test func aFormSentAgainAfterItsConfirmationLosesTheOldReceivedTime() throws {
        // Version 2 kept the received time (and the old reference) when the form was sent again.
        let old = try load(2, "sent-again-after-the-confirmation-came")
        let record = try #require(old.record("objection-form"))
        #expect(record.status == .waiting)
        #expect(record.confirmedAt == nil, "a received time exists only while the step is done")
        let report = ProgressReport(guide: .linkedInAITraining, saved: old, zone: .utc, now: nil)
        let line = try #require(report.recordLines.first { $0.hasPrefix("\"Data Processing Objection Form\"") })
        #expect(line.contains("waiting for the confirmation"))
        #expect(!line.contains("received"))
        // Written by version 3: the old reference went with the old sending.
        let new = try #require(try load(3, "sent-again-after-the-confirmation-came").record("objection-form"))
        #expect(new.status == .waiting && new.confirmedAt == nil && new.confirmation == nil && new.sentOn == "2026-11-28")
    }
}
