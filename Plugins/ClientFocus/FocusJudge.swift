import CoachLensKit

/// Decides whom each sentence is about, and the dominant orientation of a text or a speaker.
///
/// A sentence gets two scores from its cues (rule hits) and pronouns:
/// - client = weights of its client and service cues (and, in call notes and sessions, of its third-person cues:
///   « il », « elle » there mostly describe the client) + 0.75 per second-person pronoun (0.5 in call notes, where
///   « vous » is quoted speech; 0.3 in session transcripts, where « tu » and « vous » address a fellow
///   participant), at most three pronouns counted;
/// - self = weights of its self cues + 0.6 per first-plural pronoun (none when an inclusive cue in it or earlier in
///   its paragraph says the « nous » takes the reader in) + 0.35 per first-singular pronoun (0.3 in sessions, none
///   in call notes, where the salesperson writes « je » naturally), at most three of each, and no « je » weight at
///   all in a sentence with a client or service cue (« je vous envoie », « je lui ai demandé ses besoins »);
/// - company cues (credentials and facts of a company in the third person) go to the side ``companySide(pronouns:)``
///   gives: the client's company in call notes and sessions (« clinique certifiée HAS, leader régional »), unless
///   the sentence says « nous » (or, in a session, « je »; in call notes, « vous », as an advertisement does); the
///   writer's company everywhere else.
///
/// Words inside quotation marks are someone else's: their pronouns, self cues and service acts do not count (a
/// blog quoting « nous sommes leaders » as the wrong way to write is not self-centred; « j'ai terminé mes
/// rendez-vous par « je vous envoie une proposition » » serves no reader). In a session transcript, what a
/// speaker labelled as the client (`Client :`, `Prospect :`) says about themself is about the client: their
/// first-person pronouns, « on » and self cues (« mes équipes ») go to the client score. The same holds in any text
/// for the client's thoughts or words it reports after a voice cue (« le locataire se demande : mes équipes
/// seront-elles bien ici ? Que devient mon loyer ? », « il se dit : « je n'ai pas le temps » »): those sentences,
/// quoted or not, are the client speaking (``FocusAnalysis``).
///
/// The sentence is about the client when its client score is at least 1 and exceeds the self score by 0.5, about
/// oneself in the mirror case, and about neither otherwise.
///
/// A text (or a speaker's turns) then has `client_share` = client sentences / (client + self sentences), each
/// sentence weighted by how clearly it leans: 1 plus half its margin (winning score minus the other), at most 2,
/// so a clear sentence counts up to twice a borderline one. A sentence that only its pronouns oriented, with no
/// cue of its side, weighs half that: the label is the dominant orientation, not a pronoun ratio (« moi, je le
/// sais, je parle trop » in a passage of advice weighs less than « notre cabinet, fondé en 1995 »); what the client
/// says in a session counts as cued. A run of questions (« Quels sont vos clients ? Où perdez-vous des ventes ? »)
/// is one move of the text: its sentences of one side weigh together at most as much as one clear sentence; in a
/// session transcript each question is a prompt that steers the talk and weighs half a remark. A self-centred
/// sentence that says it went on at length (« je lui ai d'abord parlé longuement de notre imprimerie ») stands for a
/// substantial part of the meeting and weighs twice, and one that says it is a brief introduction (« pour me présenter
/// rapidement : je suis consultante depuis douze ans ») weighs half; the client talking at length is what a client-centred text
/// is expected to report, and its listening cues already credit it. A courtesy formula (« je reste à votre
/// disposition », « je reviens vers vous concernant… ») orients nothing: it adds no weight and its pronouns do not
/// count (``FocusAnalysis``).
/// The label is `client` when the share is at least 0.7 (0.8 for an article, which says « vous » to its reader
/// throughout), `self` when it is at most 0.3, `mixed` in between: one clear self-centred sentence beside two
/// client-centred ones is already a substantial part. With no oriented
/// sentence the share falls back on the summed scores, and is 0.5 (mixed) when both are zero.
struct FocusJudge: Sendable {
    /// What one sentence offers the judge.
    struct Signals: Sendable {
        /// Pronoun counts outside quotation marks and courtesy formulas, indexed by ``PronounClass``.
        var pronouns: [Int]
        /// The sentence's cues, overlaps merged.
        var cues: [FocusCue]
        /// Said by the client: their turn in a session transcript, or their thoughts or words a text reports
        /// (« le locataire se demande : mes équipes seront-elles bien ici ? »).
        var clientSpeaking = false
        /// Ends with a question mark.
        var question = false
        /// An earlier sentence of its paragraph has an inclusive cue: its « nous » still takes the reader in.
        var inclusiveAbove = false
    }

    /// The scores and verdict of one sentence.
    struct Judgement: Sendable, Equatable {
        var client: Double
        var oneself: Double
        var orientation: FocusOrientation
        /// Oriented by pronouns alone, with no cue of the winning side.
        var pronounsOnly = false
        /// A question: a run of them weighs as one sentence.
        var question = false
        /// A question in a session transcript: a prompt that steers the talk rather than a remark of its own.
        var prompt = false
        /// Says it went on at length (an extent cue): if self-centred, it stands for a substantial part of the text.
        var extended = false
        /// Says it is a brief self-introduction (a brevity cue): if self-centred, it weighs half.
        var brief = false
    }

    /// The share from which a text other than an article is `client`.
    static let defaultClientThreshold = 0.7
    /// The share from which an article is `client`: an article speaks to its reader with « vous » throughout, so its
    /// writer's own part scores lower than in a mail or a note; on the 690 labelled passages every client article has
    /// share 1.0 and mixed ones reach 0.75.
    static let articleClientThreshold = 0.8
    /// The share up to which a text is `self`.
    static let selfThreshold = 0.3
    /// The least score that orients a sentence.
    static let minimumScore = 1.0
    /// By how much the winning score must exceed the other.
    static let margin = 0.5
    /// Pronouns of one class counted per sentence.
    static let pronounCap = 3
    /// The most a sentence weighs in a share (a borderline one weighs 1).
    static let strengthCap = 2.0
    /// How much a sentence oriented by its pronouns alone weighs beside one with a cue of its side.
    static let pronounOnlyFactor = 0.5
    /// How much a prompt (a question in a session transcript) weighs beside a remark.
    static let promptFactor = 0.5
    /// How much a self-centred sentence that says it went on at length (« je lui ai parlé longuement de notre
    /// imprimerie ») weighs beside one that does not.
    static let extentFactor = 2.0
    /// How much a self-centred sentence that says it is a brief introduction (« pour me présenter rapidement : je
    /// suis consultante depuis douze ans ») weighs beside one that does not.
    static let brevityFactor = 0.5
    /// The weight of each first-person pronoun and « on » when the client speaks, and the score of simply being
    /// the client speaking.
    static let clientSpeakerWeight = 0.5
    /// Speaker labels (lowercased prefixes) that name the client in a session transcript.
    static let clientSpeakers = ["client", "prospect", "acheteu"]

    /// Whether a speaker label names the client.
    static func isClient(speaker: String) -> Bool {
        let name = speaker.lowercased()
        return clientSpeakers.contains { name.hasPrefix($0) || name.hasPrefix("le " + $0) || name.hasPrefix("la " + $0) }
    }

    let secondPersonWeight: Double
    let firstPluralWeight = 0.6
    let firstSingularWeight: Double
    /// Whether third-person cues count for the client (call notes, sessions).
    let thirdPersonIsClient: Bool
    /// Whether a first-person singular pronoun makes a company cue of its sentence the speaker's own (sessions,
    /// where « j'ai trente ans de métier » is said of oneself; not call notes, where « je » is everywhere).
    let firstSingularOwnsCompany: Bool
    /// The share from which a text of this kind is `client`.
    let clientThreshold: Double
    /// Whether questions are prompts (sessions: « Et le client, qu'est-ce qu'il cherchait ? » steers the talk; the
    /// participants' remarks say where it stands).
    let questionsArePrompts: Bool

    /// A judge for texts of `kind`.
    init(kind: DocumentKind) {
        switch kind {
        case .call:
            secondPersonWeight = 0.5
            firstSingularWeight = 0
        case .session:
            secondPersonWeight = 0.3
            firstSingularWeight = 0.3
        case .article, .other:
            secondPersonWeight = 0.75
            firstSingularWeight = 0.35
        }
        thirdPersonIsClient = kind == .call || kind == .session
        firstSingularOwnsCompany = kind == .session
        questionsArePrompts = kind == .session
        clientThreshold = kind == .article ? Self.articleClientThreshold : Self.defaultClientThreshold
    }

    /// Whom the company cues of a sentence with these pronoun counts describe: in call notes and sessions the
    /// client's company, unless the sentence says « nous », « notre » (or, in a session, « je ») and so speaks of
    /// the speaker's own, or, outside sessions, addresses a reader with « vous » (« vous l'avez vu à la télé :
    /// Fitnessia a été élue meilleure chaîne ») and so is an advertisement; elsewhere the writer's company.
    func companySide(pronouns: [Int]) -> FocusCue.Kind {
        guard thirdPersonIsClient else { return .oneself }
        let own = pronouns[PronounClass.firstPlural.rawValue] > 0
            || (firstSingularOwnsCompany && pronouns[PronounClass.firstSingular.rawValue] > 0)
            || (!firstSingularOwnsCompany && pronouns[PronounClass.secondPerson.rawValue] > 0)
        return own ? .oneself : .client
    }

    /// Judges one sentence.
    func judge(_ signals: Signals) -> Judgement {
        var client = 0.0, oneself = 0.0
        var inclusive = signals.inclusiveAbove, extended = false, brief = false
        // What the client says in a session is about the client whatever its words.
        var clientCued = signals.clientSpeaking, selfCued = false
        let companyKind = companySide(pronouns: signals.pronouns)
        for cue in signals.cues {
            // A company cue is judged as the side it describes here (``companySide(pronouns:)``).
            switch cue.kind == .company ? companyKind : cue.kind {
            // A service act quoted (« j'ai terminé mes rendez-vous par « je vous envoie une proposition » ») is words
            // someone said, not a service to this reader.
            case .service where cue.quoted: break
            case .client, .service:
                client += cue.weight
                clientCued = true
            case .third: client += thirdPersonIsClient ? cue.weight : 0
            case .oneself where signals.clientSpeaking:
                client += cue.weight
                clientCued = true
            case .oneself where cue.quoted: break
            case .oneself, .company:
                oneself += cue.weight
                selfCued = true
            case .inclusive: inclusive = true
            case .extent: extended = true
            case .brevity: brief = true
            case .courtesy, .voice: break
            }
        }
        let servesClient = signals.cues.contains { $0.kind == .client || $0.kind == .service }
        func capped(_ pronoun: PronounClass) -> Double {
            Double(min(signals.pronouns[pronoun.rawValue], Self.pronounCap))
        }
        client += secondPersonWeight * capped(.secondPerson)
        if signals.clientSpeaking {
            client += Self.clientSpeakerWeight
                * (1 + capped(.firstSingular) + capped(.firstPlural) + capped(.on))
        } else {
            if !inclusive { oneself += firstPluralWeight * capped(.firstPlural) }
            if !servesClient { oneself += firstSingularWeight * capped(.firstSingular) }
        }
        let orientation: FocusOrientation
        if client >= Self.minimumScore, client >= oneself + Self.margin {
            orientation = .client
        } else if oneself >= Self.minimumScore, oneself >= client + Self.margin {
            orientation = .oneself
        } else {
            orientation = .neither
        }
        let pronounsOnly = orientation == .client ? !clientCued : orientation == .oneself ? !selfCued : false
        return Judgement(
            client: client, oneself: oneself, orientation: orientation, pronounsOnly: pronounsOnly,
            question: signals.question, prompt: signals.question && questionsArePrompts, extended: extended,
            brief: brief)
    }

    /// How much an oriented sentence weighs in a share: 1 plus half its margin, capped, then scaled down for
    /// pronouns alone, a prompt or a self-centred brief introduction, and up for a self-centred sentence that went
    /// on at length.
    static func strength(_ judgement: Judgement) -> Double {
        let strength = min(1 + abs(judgement.client - judgement.oneself) / 2, strengthCap)
        return strength * (judgement.pronounsOnly ? pronounOnlyFactor : 1) * (judgement.prompt ? promptFactor : 1)
            * (judgement.extended && judgement.orientation == .oneself ? extentFactor : 1)
            * (judgement.brief && judgement.orientation == .oneself ? brevityFactor : 1)
    }

    /// The client share of a set of judged sentences.
    static func clientShare(_ judgements: [Judgement]) -> Double {
        var client = 0.0, oneself = 0.0
        // The open run of questions of one side and its summed weight; a question oriented to neither side
        // inside a run does not end it.
        var run: (orientation: FocusOrientation, weight: Double)?
        func close() {
            guard let open = run else { return }
            if open.orientation == .client { client += min(open.weight, strengthCap) }
            if open.orientation == .oneself { oneself += min(open.weight, strengthCap) }
            run = nil
        }
        for judgement in judgements {
            if judgement.question, judgement.orientation == .neither, run != nil { continue }
            if judgement.question, judgement.orientation != .neither {
                if run?.orientation != judgement.orientation { close() }
                run = (judgement.orientation, (run?.weight ?? 0) + strength(judgement))
                continue
            }
            close()
            if judgement.orientation == .client { client += strength(judgement) }
            if judgement.orientation == .oneself { oneself += strength(judgement) }
        }
        close()
        if client + oneself > 0 { return client / (client + oneself) }
        let clientScore = judgements.reduce(0) { $0 + $1.client }
        let selfScore = judgements.reduce(0) { $0 + $1.oneself }
        return clientScore + selfScore > 0 ? clientScore / (clientScore + selfScore) : 0.5
    }

    /// The label of a client share.
    func label(share: Double) -> FocusOrientation {
        share >= clientThreshold ? .client : share <= Self.selfThreshold ? .oneself : .mixed
    }
}
