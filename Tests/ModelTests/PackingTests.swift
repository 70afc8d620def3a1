import Testing
@testable import Model

/// Every length layout of a batch of 1 to 4 sentences with lengths 1...5, checked
/// against the definitions: stable longest-first order, batch_sizes[t] = #{len > t},
/// time-major packing of real tokens only, and pack/unpack inverse.
@Test func everySmallLayoutPacksAsPyTorchDoes() throws {
    for batch in 1...4 {
        var lengths = [Int](repeating: 1, count: batch)
        while true {
            let layout = try PackedLayout(lengths: lengths)
            let expectedOrder = lengths.indices.sorted { lengths[$0] > lengths[$1] || (lengths[$0] == lengths[$1] && $0 < $1) }
            #expect(layout.order == expectedOrder)
            for (s, i) in layout.order.enumerated() { #expect(layout.inverse[i] == s) }
            let T = lengths.max()!
            #expect(layout.batchSizes == (0..<T).map { t in lengths.filter { $0 > t }.count })
            #expect(layout.tokenCount == lengths.reduce(0, +))
            // Tokens labelled (sentence, position) come back to where they started.
            let tokens = lengths.indices.map { i in (0..<lengths[i]).map { t in i * 100 + t } }
            let packed = layout.pack(tokens)
            var expectedPacked: [Int] = []
            for t in 0..<T { for i in expectedOrder where lengths[i] > t { expectedPacked.append(i * 100 + t) } }
            #expect(packed == expectedPacked)
            #expect(layout.unpack(packed) == tokens)
            for i in lengths.indices { for t in 0..<lengths[i] { #expect(packed[layout.row(sentence: i, position: t)] == i * 100 + t) } }
            // Next layout (odometer over 1...5).
            var k = 0
            while k < batch && lengths[k] == 5 { lengths[k] = 1; k += 1 }
            if k == batch { break }
            lengths[k] += 1
        }
    }
}

@Test func tiesKeepTheCallersOrder() throws {
    let layout = try PackedLayout(lengths: [4, 4, 1, 4, 1, 2])
    #expect(layout.order == [0, 1, 3, 5, 2, 4])  // as torch 2.13 sorts (see Fixtures/README.md)
    #expect(layout.batchSizes == [6, 4, 3, 3])
    #expect(layout.offsets == [0, 6, 10, 13, 16])
}

@Test func emptyInputsAreErrorsNotCrashes() {
    #expect(throws: BatchError.emptyBatch) { try PackedLayout(lengths: []) }
    #expect(throws: BatchError.emptySentence(index: 2)) { try PackedLayout(lengths: [3, 1, 0, 2]) }
    #expect(BatchError.emptySentence(index: 2).description.contains("sentence 2"))
}

@Test func paddedViewsAndMask() throws {
    let layout = try PackedLayout(lengths: [2, 3, 1])
    let words = [[7, 8], [1, 2, 3], [9]]
    #expect(layout.paddedSorted(words, padding: 0) == [[1, 2, 3], [7, 8, 0], [9, 0, 0]])
    #expect(layout.mask == [[true, true, false], [true, true, true], [true, false, false]])
    #expect(abs(layout.paddingFraction - 3.0 / 9.0) < 1e-12)
    // Packed [N, 2] features unpack to [B, T, 2] in caller order with zeros at padding.
    let packed: [Float] = (0..<layout.tokenCount * 2).map(Float.init)
    let padded = packed.withUnsafeBufferPointer { layout.unpackPadded($0.baseAddress!, width: 2) }
    let row = { (i: Int, t: Int) in Array(padded[(i * 3 + t) * 2 ..< (i * 3 + t) * 2 + 2]) }
    #expect(row(1, 0) == [0, 1])  // longest sentence is sorted first: packed row 0
    #expect(row(0, 0) == [2, 3])
    #expect(row(2, 1) == [0, 0])  // padding
    #expect(row(1, 2) == [10, 11])
}
