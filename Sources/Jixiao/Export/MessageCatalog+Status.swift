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
}
