/// Slots that `DispatchQueue.concurrentPerform` iterations fill, one slot per iteration: each
/// iteration writes only its own index, so no two threads touch the same memory.
final class ChunkResults<Element>: @unchecked Sendable {
    private var slots: UnsafeMutableBufferPointer<Element?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Element? {
        get { slots[index] }
        set { slots[index] = newValue }
    }

    /// The filled slots in index order.
    var values: [Element] { slots.compactMap { $0 } }
}
