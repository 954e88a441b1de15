/// Indicator statuses in the catalog's language: rendered where the documents are made, so that
/// the message catalogs (a leaf every folder uses) do not depend on the scoring types.
extension MessageCatalog {
    /// A row status (`met`, `partial` …) in this language.
    public func status(_ status: ScoreStatus) -> String {
        switch status {
        case .met: return phrase(.statusMet)
        case .partial: return phrase(.statusPartial)
        case .unmet: return phrase(.statusUnmet)
        case .missing: return phrase(.statusMissing)
        case .invalid: return phrase(.statusInvalid)
        }
    }

    /// A status by its JSON name; an unknown name is shown as it is.
    public func status(_ name: String) -> String { ScoreStatus(rawValue: name).map { status($0) } ?? name }

    /// A row's status as the documents word it: `invalid` says why the row could not score —
    /// 未申报指标值 (no target declared) or 实际值无法识别 (an actual that could not be read).
    public func status(of row: IndicatorScore) -> String {
        guard row.status == .invalid else { return status(row.status) }
        return row.target == nil ? label(.noTargetDeclared) : label(.actualUnreadable)
    }

    /// The rows of `projects` by their status word, in the order of the statuses (no empty ones).
    public func statusCounts(_ projects: [ProjectScore]) -> [(word: String, count: Int)] {
        var counts: [String: Int] = [:]
        for project in projects { for row in project.indicators { counts[status(of: row), default: 0] += 1 } }
        let order = [ScoreStatus.met, .partial, .unmet, .missing].map { status($0) } + [label(.noTargetDeclared), label(.actualUnreadable)]
        return order.compactMap { word in counts[word].map { (word, $0) } }
    }
}
