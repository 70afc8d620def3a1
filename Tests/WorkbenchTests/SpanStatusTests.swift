import Foundation
import Testing
import Training
@testable import Workbench

/// An epoch's figures with a dev span F1 (EpochSummary is built from its JSON form).
private func spanEpoch(_ epoch: Int, accuracy: Double, spanF1: Double?) throws -> EpochSummary {
    let f1 = spanF1.map { "\($0)" } ?? "null"
    let json = """
        {"epoch": \(epoch), "train_loss": 0.9, "dev_loss": 0.8, "dev_accuracy": \(accuracy), "dev_span_f1": \(f1),
         "tokens_per_second": 1, "seconds": 1, "learning_rate": 0.002, "best": true}
        """
    return try JSONDecoder().decode(EpochSummary.self, from: Data(json.utf8))
}

@Suite("Span F1 in the workbench")
struct SpanStatusTests {
    func secondStatusRow(_ summaries: [EpochSummary]) throws -> String {
        var s = try sampleSnapshot()
        s.epochSummaries = summaries
        return Screen(theme: colourTheme).render(s, ui: WorkbenchUI(), width: 160, height: 32).0.text(row: 1)
    }

    @Test("The status line shows the dev span F1 beside dev accuracy for a span task")
    func shownForSpans() throws {
        let row = try secondStatusRow([try spanEpoch(1, accuracy: 0.9, spanF1: 0.5),
                                       try spanEpoch(2, accuracy: 0.93, spanF1: 0.6789)])
        #expect(row.contains("dev acc 93.0%  span F1 67.9%"), "\(row)")
    }

    @Test("No span F1 on the status line for a tag set without spans")
    func absentOtherwise() throws {
        let row = try secondStatusRow([try spanEpoch(1, accuracy: 0.9, spanF1: nil)])
        #expect(row.contains("dev acc 90.0%"), "\(row)")
        #expect(!row.contains("span F1"), "\(row)")
    }

    @Test("EpochSummary writes dev_span_f1, as null when there are no spans, and reads it back")
    func summaryJSON() throws {
        for f1 in [0.75, nil] as [Double?] {
            let summary = try spanEpoch(3, accuracy: 0.9, spanF1: f1)
            let data = try JSONEncoder().encode(summary)
            let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            #expect(object.keys.contains("dev_span_f1"))
            #expect(f1 == nil ? object["dev_span_f1"] is NSNull : object["dev_span_f1"] as? Double == f1)
            #expect(try JSONDecoder().decode(EpochSummary.self, from: data) == summary)
        }
        // A metrics.json written before span F1 existed still reads.
        let old = #"{"epoch": 1, "train_loss": 1, "tokens_per_second": 1, "seconds": 1, "learning_rate": 0.002, "best": true}"#
        #expect(try JSONDecoder().decode(EpochSummary.self, from: Data(old.utf8)).devSpanF1 == nil)
    }
}
