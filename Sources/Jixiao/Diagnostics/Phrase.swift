/// Every word jixiao writes that is not a diagnostic: statuses, headings, column heads, the
/// working, command-line messages and help. Each has a text in every message catalog
/// (`MessageCatalog+EnglishPhrases.swift`, `MessageCatalog+ChinesePhrases.swift`, the help in
/// `…Help.swift`); `{0}`, `{1}` … are filled by `MessageCatalog.phrase(_:_:)`.
public enum Phrase: String, CaseIterable, Sendable {
    // Message furniture
    case hint, didYouMean, quoted, listSeparator, listLastSeparator, atLine
    // Wordings (`Wording`): what jixiao found, said in each language
    case systemError, systemErrorNumber, quotedList, writeCannotCreate, sheetHasColumns
    case listOf, jsonValues, exampleOr, noUnit, englishColumnName
    case lineBeforeFirstForm, lineBeforeHeader, lineInFormHeader
    case archiveNotZip, archiveTooShort, archiveNoEnd, archiveDamagedDirectory, archiveMissingPart, archiveMethod, archiveDamaged, archiveTooLarge, workbookNoSheets, cellBeyondSheet
    case jsonTopLevel, jsonMissingKey, jsonExpected, jsonExpectedNotNull, jsonInvalid, jsonExpectedFound, jsonFoundCharacter, jsonEndOfFile, jsonLessNested, jsonValue, jsonColon, jsonCommaOr, jsonKey, jsonCommentClosed, jsonQuoteBeforeLineEnd, jsonClosingQuote, jsonNumberInRange, jsonKeyOnce, jsonUTF8, jsonFoundByte
    case typeNumber, typeWholeNumber, typeText, typeList, typeObject, typeTrueFalse, typeValue
    case ruleAText, ruleEmptyList, ruleAtLeastOneWord, ruleNumberRange, ruleAtLeastOneBlock, ruleAgain, ruleOneBlockEach, ruleBandsFound, ruleBandsOrder, ruleShareInBand, ruleGradesOrder, ruleLowestCutoff, ruleLastGradeZero, ruleGradesNeeded, ruleExecution, ruleWordOneLevel
    // The roles of a command's files, as a suggested command line names them
    case roleDeclaration, roleActuals, roleProgress, roleSubmitted, roleLast, roleThis, roleScorecards, roleName
    case warningWord, errorWord
    // Row statuses
    case statusMet, statusPartial, statusUnmet, statusMissing, statusInvalid
    // The working
    case workingNoTarget, workingNoActual, workingInvalidActual, workingNumberForQualitative, workingNoBlock, workingOutOfBand
    case workingJudged, workingJudgedOut, explainJudged, explainJudgedBand, explainJudgedOut
    case workingNoTargetFull, explainRuleNoTargetFull, explainCut, explainBy, explainLate
    case workingAssumed, workingAssumedCost, explainAssumed, explainAssumedCost, workingOverDeducted, explainOverDeducted, explainActualDate
    case workingZeroMet, workingZeroMissed, workingNonPositive
    case auditSetPhrase, auditTooShort
    case workingStrictZero, workingStrictMissed, explainStrictZero, explainStrictMissed, explainStrictAtBound
    // The command line
    case usageLine, optionsHeading, commandsHeading, overviewTitle, overviewFooter
    case usageUnknownOption, usageNeedsValue, usageTakesNoValue, usageMissingArgument, usageUnexpectedArgument
    case usageBadChoice, usageUnknownCommand, usageOutputIsInput, usageTwoStdin, usageNeedProject, usageNoSuchRules
    case usageMissingOption, usageFormatContradicts, usageFormatUnsupported, usageOutputHoldsData, usageSeeHelp
    case userFileDeclaration, userFileActuals, userFileProgress, userFileForm, userFileRules
    case wroteFile, standardOutputName, checkSummary, strictFailed, strictVerifyFailed, needHeading, needAllThere, explainNoProject, explainNoIndicator
    case needProject, needUnreachable, needOneRow, needRows
    case builtInRules, builtInRulesHeading, defaultMarker
    // explain
    case explainProject, explainNoExecution, explainExecution, explainExecutionRounded, explainExecutionStepsFull, explainExecutionSteps, explainTotalRescaled, explainEmptyBlock, explainBlockMoved, explainSplitGiven
    case explainSplitEach, explainSplitCents, explainBlock, explainBlockOneRow, explainRowsHeading, explainRowLine
    case explainTotal, explainRowPlace, explainNoBlockName, explainNoTarget, explainQualitativeTarget, explainAtLeast
    case explainAtMost, explainExactlyZero, explainReaching, explainBetween, explainStrict, explainTarget
    case explainNoActual, explainActualText, explainActualConverted, explainActualApproximate, workingApproximate, explainActualNone, explainWithinTolerance, workingWithinTolerance, explainExecutionOverDeducted, explainAdjusted, explainActualNoUnit, explainActual, explainRounding
    case explainWithin, explainReached, explainProportional, explainReverseRatio, explainReverseLinear, explainZeroTarget
    case explainNonPositive, explainShareWritten, explainShareRules, explainLevel, explainOutOfBand, explainRuleMissing
    case explainRuleInvalid, explainRuleNoTarget, explainRuleNumber, explainRuleNoBlock, explainReason, explainNoReason
    case explainStatus
    // Help: commands and options
    case helpImportSummary, helpImportDetails, helpCheckSummary, helpCheckDetails, helpScoreSummary, helpScoreDetails
    case helpTemplateSummary, helpTemplateDetails, helpExplainSummary, helpExplainDetails
    case helpMonitorSummary, helpMonitorDetails, optionMonth, helpVerifySummary, helpVerifyDetails, helpCompareSummary, helpCompareDetails
    case helpRollupSummary, helpRollupDetails, helpRulesSummary, helpRulesDetails, helpVersionSummary, helpHelpSummary
    case optionLang, optionOutput, optionForce, optionQuiet, optionHelp, optionRules, optionSheet, optionLint, optionFormatText
    case optionFormatTable, optionMoney, optionMoneyForm, optionSample, optionFormatImport, optionFormatCSV, optionDetail, optionStrict, optionStrictVerify, optionNeed, optionProject, optionIndicator
}
