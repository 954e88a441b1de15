/// Every diagnostic jixiao can give, with a stable code (`JX` + area + number) that users can
/// search for and scripts can match. The message text for each code lives in the message
/// catalogs, one per language (`MessageCatalog+English.swift`, `MessageCatalog+Chinese.swift`).
public enum DiagnosticCode: String, Sendable, CaseIterable, Codable {
    // Files and encodings (JX0xx)
    case fileUnreadable = "JX001"
    case notText = "JX002"
    case fileTooLarge = "JX003"
    case outputUnwritable = "JX004"
    case actualsAsDeclaration = "JX005"
    case declarationAsActuals = "JX006"
    case inputsSwapped = "JX007"
    case workbookAsDeclaration = "JX008"
    case fileIsFolder = "JX009"
    case fileNotReadable = "JX010"
    case standardOutputFailed = "JX011"
    case moreFindings = "JX012"

    // Declaration text (JX1xx)
    case noForm = "JX101"
    case missingTarget = "JX102"
    case repeatedIndicator = "JX103"
    case unexpectedLine = "JX104"
    case missingField = "JX105"
    case badAmount = "JX106"
    case extraCells = "JX107"
    case targetWithoutName = "JX108"
    case rowOutsideTable = "JX109"
    case missingSubcategory = "JX110"
    case declarationJSON = "JX111"
    case emptyProjectTable = "JX112"
    case controlCharacters = "JX113"
    case tableHeaderMissing = "JX114"
    case oldWorkbookFormat = "JX115"
    case listBadNature = "JX116"
    case listUnitConflict = "JX117"
    case listFactDiffers = "JX118"
    case listMergeAcrossProjects = "JX119"
    case listBadNumber = "JX120"
    case listNoRows = "JX121"
    case wrappedNameJoined = "JX122"
    case departmentNotInList = "JX123"

    // Target expressions (JX2xx)
    case targetNoNumber = "JX201"
    case targetTooManyDigits = "JX202"
    case targetMisplacedSeparator = "JX203"
    case targetUnreadableUnit = "JX204"
    case targetRangeUnitsDiffer = "JX205"
    case targetRangeReversed = "JX206"
    case targetComparisonInText = "JX207"
    case targetImpossibleDate = "JX208"

    // Actuals files (JX3xx)
    case csvQuoteInField = "JX301"
    case csvTextAfterQuote = "JX302"
    case csvUnterminatedQuote = "JX303"
    case actualsNoHeader = "JX304"
    case actualsMissingColumn = "JX305"
    case actualsDuplicateColumn = "JX306"
    case actualsUnknownColumn = "JX307"
    case actualsRowsUnread = "JX308"
    case actualsRagged = "JX309"
    case actualsEmptyKey = "JX310"
    case actualUnreadable = "JX311"
    case actualUnitMismatch = "JX312"
    case actualLevelUnreadable = "JX313"
    case actualPercentOutOfBand = "JX314"
    case actualLooksLikeFraction = "JX315"
    case actualUnknownProject = "JX316"
    case actualUnknownIndicator = "JX317"
    case actualDuplicateRow = "JX318"
    case actualSharedByRepeat = "JX319"
    case actualBadPoints = "JX320"
    case actualBadAmount = "JX321"
    case actualForUntargeted = "JX322"
    case workbookUnreadable = "JX323"
    case sheetNotFound = "JX324"
    case actualsShortRow = "JX325"
    case csvCellTooLong = "JX326"
    case actualsNoRows = "JX327"
    case blankActual = "JX328"
    case noActualRow = "JX329"
    case blankSpending = "JX330"
    case projectNamesCollide = "JX331"
    case indicatorNamesCollide = "JX332"
    case actualWithOperator = "JX333"
    case actualBadJudged = "JX334"
    case actualNotATime = "JX335"
    case actualsSheetLacksColumns = "JX336"
    case actualImpossibleDate = "JX337"
    case csvTooManyCells = "JX338"
    case cellErrorValue = "JX339"
    case cellFormulaAsText = "JX340"
    case cellUncachedFormula = "JX341"
    case cellBadText = "JX342"
    case cellBadStringIndex = "JX343"
    case actualOutOfRange = "JX344"
    case actualNegative = "JX345"
    case actualApproximate = "JX346"
    case actualReadAsZero = "JX347"
    case actualUnreadableJudged = "JX348"

    // Rule files (JX4xx)
    case ruleSyntax = "JX401"
    case ruleMissingKey = "JX402"
    case ruleBadValue = "JX403"
    case ruleUnknownKey = "JX404"
    case ruleWeights = "JX405"

    // Scoring (JX5xx)
    case blockPointsMismatch = "JX501"
    case noSpending = "JX502"
    case overAchievement = "JX503"
    case noTargetScored = "JX504"
    case unscoredCategory = "JX505"
    case zeroBudget = "JX506"
    case noDeviationReason = "JX507"
    case overspent = "JX508"
    case judgedDiffers = "JX509"
    case judgedOutOfRange = "JX510"
    case pointsNot100 = "JX511"
    case noTargetFull = "JX512"
    case pointsRescaled = "JX513"
    case noGoalOutcome = "JX514"
    case sourcesDoNotAddUp = "JX515"
    // The 自评失真 checks (`Auditor`, the rule file's `audit`): warnings with a red/yellow level.
    case auditScoreAboveExecution = "JX520"
    case auditUnspent = "JX521"
    case auditCostAboveSpent = "JX522"
    case auditBoilerplateReason = "JX523"
    case auditQualitativeAllFull = "JX524"
    case auditAllMetLowExecution = "JX525"
    case auditCannotScore = "JX526"
    case auditOverAchievementNoReason = "JX527"
    case auditRepeatedReason = "JX528"

    // Commission roll-up (JX6xx)
    case duplicateUnit = "JX601"
    case scorecardJSON = "JX602"
    case mixedRules = "JX603"
    case scorecardNoProjects = "JX604"
    case scorecardNoUnit = "JX605"
    case scorecardHasErrors = "JX606"
    case scorecardBadFigure = "JX607"
    case scorecardZeroBudget = "JX608"
    case scorecardUnitBudget = "JX609"
    case scorecardDoesNotAddUp = "JX610"

    // Mid-year monitoring (JX8xx)
    case monitorNoReason = "JX801"
    case monitorJudgementDiffers = "JX802"
    case monitorBehind = "JX803"
    case monitorNoMatch = "JX804"
    case monitorBadJudgement = "JX805"
    case monitorOtherMonth = "JX806"
    case monitorAdjustedBelow = "JX807"

    // Commission re-check (JX9xx)
    case verifyNotAForm = "JX901"
    case verifyNegativePoints = "JX902"
    case verifyNoTotalRow = "JX903"
    case compareTargetLow = "JX911"
    case compareNeedsScorecard = "JX912"
    case compareAdjustedBelow = "JX913"

    // Declaration lint (JX7xx)
    case unknownUnit = "JX701"
    case emptyCategory = "JX702"
    case onlyQualitativeBlock = "JX703"
    case misplacedRow = "JX704"
    case costCeilingRounding = "JX705"
    case costCeilingsBelow = "JX706"
    case costCeilingFarAbove = "JX707"
    case fundsDoNotAddUp = "JX708"
    case dateOutsideYear = "JX709"
    case emptyGoal = "JX710"
    case negativeTarget = "JX711"
    case targetInName = "JX712"

    /// A finding of the 自评失真 checks themselves (JX520–JX528), listed in a scorecard's `audit[]`.
    public var isAuditCheck: Bool {
        switch self {
        case .auditScoreAboveExecution, .auditUnspent, .auditCostAboveSpent, .auditBoilerplateReason, .auditQualitativeAllFull,
             .auditAllMetLowExecution, .auditCannotScore, .auditOverAchievementNoReason, .auditRepeatedReason:
            return true
        default:
            return false
        }
    }

    /// The severity a diagnostic of this code has unless the caller says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .missingTarget, .repeatedIndicator, .missingField, .missingSubcategory, .emptyProjectTable:
            return .warning
        case .csvQuoteInField, .actualsUnknownColumn, .actualsShortRow, .actualLooksLikeFraction, .actualSharedByRepeat,
             .noSpending, .overAchievement, .noTargetScored, .zeroBudget, .actualForUntargeted, .mixedRules,
             .unknownUnit, .emptyCategory, .onlyQualitativeBlock, .misplacedRow, .costCeilingRounding, .costCeilingsBelow,
             .costCeilingFarAbove, .dateOutsideYear, .emptyGoal, .noDeviationReason, .negativeTarget, .targetInName,
             .actualApproximate, .actualReadAsZero, .actualUnreadableJudged, .wrappedNameJoined, .departmentNotInList:
            return .warning
        case .blockPointsMismatch, .pointsNot100, .pointsRescaled, .noTargetFull, .ruleWeights, .noGoalOutcome,
             .sourcesDoNotAddUp, .auditScoreAboveExecution, .auditUnspent, .auditCostAboveSpent, .auditBoilerplateReason,
             .auditQualitativeAllFull, .auditAllMetLowExecution, .auditCannotScore, .auditOverAchievementNoReason,
             .auditRepeatedReason:
            return .warning
        case .blankActual, .noActualRow, .blankSpending, .overspent, .scorecardHasErrors, .actualWithOperator,
             .judgedDiffers, .judgedOutOfRange:
            return .warning
        case .targetComparisonInText, .controlCharacters, .tableHeaderMissing, .listFactDiffers, .monitorNoReason,
             .monitorJudgementDiffers, .monitorBehind, .monitorBadJudgement, .monitorOtherMonth, .compareTargetLow, .compareAdjustedBelow, .monitorAdjustedBelow,
             .cellFormulaAsText, .scorecardZeroBudget:
            return .warning
        default:
            return .error
        }
    }
}
