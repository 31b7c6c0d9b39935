// English function words and tag classes the event coder reads (src/coder/): who is
// speaking, who a pronoun is, what "the alliance" refers to, which verbs report and
// which refuse. The tag classes are those of the English tagger's Penn Treebank tags.
#include "lang/en/english_data.hpp"

namespace dyad::lang::en {

namespace {

const std::string_view kSpeechLemmas[] = {"say",     "tell",    "state",     "add",       "note",     "claim",
                                          "announce", "declare", "report",    "insist",    "stress",   "assert",
                                          "reiterate", "explain", "write",    "argue",     "think",    "believe",
                                          "suggest", "confirm", "allege",    "warn",      "emphasize", "emphasise",
                                          "remark",  "comment", "reply",     "respond"};
const std::string_view kFirstPerson[] = {"i", "we", "you"};
const std::string_view kThirdPerson[] = {"he", "she", "it", "they"};
const std::string_view kPersonal[] = {"he", "she"};
const std::string_view kObjectPersonal[] = {"him", "her"};
const std::string_view kRefusals[] = {"refuse", "decline", "fail", "refrain"};
const std::string_view kOrganisationNouns[] = {"alliance", "bloc", "organization", "organisation"};
const std::string_view kCountryNouns[] = {"country", "nation", "kingdom"};
const std::string_view kDefinite[] = {"the", "this", "these", "that", "those"};
const std::string_view kFormer[] = {"former"};
const std::string_view kPlacePrepositions[] = {"in", "at", "near", "outside", "around"};
const std::string_view kRelativePronouns[] = {"who", "which", "that"};
const std::string_view kInfinitiveMarkers[] = {"to"};
const std::string_view kPossessiveMarkers[] = {"'s", "'", "\xE2\x80\x99s", "\xE2\x80\x99"};
const std::string_view kPatternNegations[] = {"NOT", "N'T", "NEG", "NEITHER"};
const std::string_view kAddressee[] = {"to"};
const std::string_view kReciprocal[] = {"meet",      "talk",     "talks",    "negotiate", "negotiation", "confer",
                                        "consult",   "discuss",  "meeting",  "summit",    "clash",       "skirmish",
                                        "sign",      "exchange", "trade", "fighting", "reconcile", "cooperate",
                                        "dialogue",  "dialog",   "discussion", "consultation", "conversation",
                                        "ceasefire", "cease-fire", "truce",  "accord",    "pact",        "treaty",
                                        "phone", "telephone", "call", "relation",  "relations", "tie", "ties",     "agreement", "deal",
                                        "cooperation", "partnership", "friendship"};
const std::string_view kSpeakerPossessives[] = {"our", "my"};
const std::string_view kOtherPossessives[] = {"its", "their"};
const std::string_view kPersonPossessives[] = {"his", "her"};
const std::string_view kPluralPossessives[] = {"their"};
const std::string_view kAgentPrepositions[] = {"by"};
const std::string_view kTargetPrepositions[] = {"on", "against", "to", "into", "at", "with"};
const std::string_view kPartnerPrepositions[] = {"with"};
const std::string_view kBetweenPrepositions[] = {"between", "among"};
// "no talks", and acts of no one in particular: "any accord", "every attack".
const std::string_view kNegativeDeterminers[] = {"no", "any", "every"};
const std::string_view kProtestVerbs[] = {"protest"};
const std::string_view kActPrepositions[] = {"to", "on"};
const std::string_view kOfPrepositions[] = {"of"};
const std::string_view kGerundTags[] = {"VBG"};
const std::string_view kBorderWords[] = {"border", "frontier", "boundary", "line", "buffer"};
const std::string_view kExperiencerVerbs[] = {"disturb",  "dismay",   "alarm",   "anger",    "outrage",
                                              "upset",    "trouble",  "disappoint", "irritate", "annoy",
                                              "frustrate", "offend",  "incense", "infuriate", "dissatisfy",
                                              "please",   "satisfy",  "concern",    "worry"};
const std::string_view kStatementNouns[] = {"statement", "communique", "communiqué", "declaration", "resolution",
                                            "letter",    "message",    "note",       "report",      "speech"};
// Verbs whose subject makes the statement it governs ("issued a statement deploring X");
// blocking, vetoing or rejecting one makes it somebody else's.
const std::string_view kAuthoringVerbs[] = {"issue",  "release", "publish", "adopt",    "pass",   "send",  "read",
                                            "deliver", "make",   "sign",    "write",    "table",  "draft", "circulate",
                                            "present", "submit", "give",    "post",     "put",    "unveil", "approve",
                                            "endorse", "sponsor", "co-sponsor", "introduce", "announce"};
const std::string_view kBackerParticiples[] = {"backed",  "supported", "funded",     "financed", "sponsored",
                                               "aligned", "allied",    "linked",     "inspired", "armed",
                                               "trained", "affiliated", "friendly",  "leaning",
                                               // (the maker: "Iranian-made drones", "Chinese-built ships")
                                               "made", "built", "designed", "manufactured", "supplied"};
const std::string_view kTimePrepositions[] = {"after", "before", "during", "since",  "until", "till",
                                              "following", "amid", "amidst", "ahead", "prior"};
const std::string_view kMandativeVerbs[] = {"demand",  "insist",  "ask",    "urge",  "request", "require", "recommend",
                                            "propose", "suggest", "order",  "press", "advise",  "beg",     "plead",
                                            "stipulate", "command", "direct", "call", "appeal", "petition"};
const std::string_view kResponseNouns[] = {"retaliation", "response", "reprisal", "reprisals", "revenge", "reaction",
                                           "wake", "aftermath", "answer"};
const std::string_view kPurposePrepositions[] = {"for"};
const std::string_view kHereWords[] = {"here", "there"};
const std::string_view kLocationPrepositions[] = {"in", "at"};
const std::string_view kPraiseNouns[] = {"ally", "friend", "partner", "success", "model", "achievement", "breakthrough"};
const std::string_view kPraiseAdjectives[] = {"constructive", "positive", "helpful", "commendable", "praiseworthy",
                                              "admirable", "courageous", "exemplary", "encouraging", "welcome"};
const std::string_view kAsPrepositions[] = {"as"};
const std::string_view kDecisionNouns[] = {"decision", "move", "vote", "order", "attempt"};
const std::string_view kBeneficiaryPrepositions[] = {"for"};
const std::string_view kPromisedResponses[] = {"response", "reaction", "answer", "reply"};
const std::string_view kComingHeads[] = {"ahead", "prior", "advance"};
const std::string_view kProtesterWords[] = {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd"};
const std::string_view kCommentWords[] = {"comment", "elaborate", "confirm", "speculate", "say", "specify",
                                          "disclose", "identify", "name", "give details"};
const std::string_view kProspectNouns[] = {"chance", "chances", "risk", "risks", "possibility", "prospect", "prospects",
                                           "danger", "likelihood", "fear", "fears", "spectre", "specter", "odds"};
const std::string_view kHintNouns[] = {"sign", "signs", "hope", "hopes"};
const std::string_view kAccusationNouns[] = {"accusation", "allegation", "charge", "claim"};
const std::string_view kCauseMarkers[] = {"after", "because"};
const std::string_view kQuestionMarkers[] = {"whether", "if"};
const std::string_view kWaterWords[] = {"sea", "gulf", "bay", "strait", "straits", "ocean"};
const std::string_view kAimedNouns[] = {"strike", "strikes"};
const std::string_view kAimedPrepositions[] = {"on"};
const std::string_view kPeriodNouns[] = {"week", "month", "year", "quarter", "period", "day", "half", "season"};
const std::string_view kQuestionVerbs[] = {"ask", "wonder", "inquire", "enquire"};
const std::string_view kAnsweredNouns[] = {"need", "concern", "request", "question", "letter", "call", "appeal",
                                           "query", "inquiry", "invitation", "message", "plea"};
const std::string_view kStanceParticiples[] = {"oppose", "opposed"};
const std::string_view kStanceAdjectives[] = {"critical", "supportive"};
const std::string_view kTravelVerbs[] = {"leave", "visit", "travel", "fly", "arrive", "come", "go", "head", "tour"};
const std::string_view kAimingVerbs[] = {"aim", "direct"};
const std::string_view kIdeaNouns[] = {"rise", "increase", "policy", "plan", "proposal", "decision", "idea", "remark", "comment", "statement", "budget", "bill", "law", "approach", "stance", "handling", "record", "rate", "cut", "report", "speech", "claim", "view", "strategy", "reform"};
const std::string_view kStanceNouns[] = {"opposition"};
const std::string_view kTerritoryNouns[] = {"territory", "peninsula", "enclave", "island", "town", "city", "port", "province", "region", "heights", "hill", "ridge", "outpost", "stronghold"};
const std::string_view kLastResortNouns[] = {"choice", "option", "alternative", "recourse", "way"};
const std::string_view kCounteringVerbs[] = {"repel", "repulse", "beat back", "fend off", "drive back", "ward off", "crush", "foil", "thwart"};
const std::string_view kUntilMarkers[] = {"until", "till", "unless"};
const std::string_view kAccordNouns[] = {"deal", "agreement", "accord", "pact", "treaty", "bargain", "compromise", "truce"};
const std::string_view kCrowdWords[] = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "tens",
                                        "million",  "millions",  "crowd",   "crowds",   "people", "scores"};
const std::string_view kMarginNouns[] = {"sidelines", "sideline", "margins", "margin", "fringes", "fringe"};
const std::string_view kHarmVerbs[] = {"harm",      "damage",     "undermine",   "hurt",       "jeopardize",
                                       "jeopardise", "endanger",   "poison",      "sabotage",   "destabilize",
                                       "destabilise", "undercut",  "erode",       "wreck",      "derail"};
const std::string_view kQuestionWords[] = {"how", "whether", "what", "why"};
const std::string_view kResponseVerbs[] = {"retaliate", "respond", "react", "reciprocate", "hit back", "strike back",
                                           "fight back"};
const std::string_view kMeasureNouns[] = {"tariff", "duty",   "sanction", "embargo", "quota", "levy",
                                          "tax",    "boycott", "ban",      "restriction", "curb"};
const std::string_view kPurposeVerbs[] = {"summon", "send", "dispatch", "deploy", "use", "mobilize", "mobilise",
                                          "convene", "hire", "recruit", "call in"};
const std::string_view kAgreementVerbs[] = {"agree", "consent", "commit"};
const std::string_view kTopicVerbs[] = {"discuss", "debate", "review", "examine"};
const std::string_view kPartnerVerbs[] = {"speak", "chat"};
const std::string_view kMissionWords[] = {"embassy", "consulate", "legation", "chancery", "mission"};
const std::string_view kBlockingVerbs[] = {"veto", "block", "reject", "oppose", "scrap", "shelve", "withdraw",
                                           "drop", "kill", "thwart", "torpedo", "stall", "defeat", "scuttle"};
const std::string_view kJourneyPrepositions[] = {"from", "aboard", "via"};
const std::string_view kBlameNouns[] = {"mistake",  "error",     "blunder",  "provocation", "escalation", "threat",
                                        "interference", "meddling", "blackmail", "hypocrisy", "lie",       "farce",
                                        "disgrace", "insult",    "affront",  "travesty",    "outrage",    "scandal"};
const std::string_view kChargeNouns[] = {"violation", "breach",    "crime",      "aggression", "terrorism",
                                         "piracy",    "genocide",  "atrocity",   "invasion",   "occupation",
                                         "massacre",  "war crime", "infringement", "responsibility"};
const std::string_view kChargeAdjectives[] = {"responsible", "guilty", "culpable", "complicit"};
const std::string_view kBearingVerbs[] = {"bear", "carry", "have", "hold"};
const std::string_view kBlameAdjectives[] = {
    "unacceptable",  "illegal",       "unlawful",     "illegitimate",    "regrettable",   "deplorable",
    "outrageous",    "irresponsible", "provocative",  "reckless",        "unjustified",   "unjustifiable",
    "unfounded",     "baseless",      "absurd",       "hostile",         "counterproductive", "destabilizing",
    "destabilising", "shameful",      "cynical",      "unprovoked",      "criminal",      "barbaric",
    "inadmissible",  "unwarranted",   "groundless",   "deplorable",      "dangerous"};
const std::string_view kDoingVerbs[] = {"undertake", "commit", "perpetrate", "conduct", "stage", "mount"};
const std::string_view kAttackDestroyVerbs[] = {"destroy", "blow up"};
const std::string_view kPropertyNouns[] = {"home",  "house", "building", "property", "crop", "field", "farm",
                                          "shop",  "store", "school",   "mosque",   "church", "village",
                                          "olive", "tree",  "livestock", "car",     "vehicle"};
const std::string_view kSayingVerbs[] = {"say",     "state",     "add",      "note",     "claim",   "report",
                                         "announce", "stress",   "explain",  "reiterate", "argue",   "assert",
                                         "write",   "comment",   "remark",   "emphasise", "emphasize", "maintain",
                                         "conclude", "declare",  "insist",   "suggest"};
const std::string_view kExchangeVerbs[] = {"exchange", "trade", "swap"};
const std::string_view kReciprocalPronouns[] = {"each other", "one another"};
const std::string_view kSideNouns[] = {"side", "government", "neighbour", "neighbor", "party", "state"};
const std::string_view kPairWords[] = {"both", "two"};
const std::string_view kAboutPrepositions[] = {"over", "about", "against", "regarding", "concerning"};
const std::string_view kTopicPrepositions[] = {"over", "about", "regarding", "concerning"};
const std::string_view kInstanceNouns[] = {"act", "case", "example", "form", "instance", "kind"};
const std::string_view kNamingVerbs[] = {"call", "describe", "label", "brand", "term", "deem", "denounce", "dismiss"};
const std::string_view kPartitiveNouns[] = {"group",  "number", "member", "thousand", "hundred",  "dozen",   "score",
                                            "band",   "unit",   "team",   "squad",    "crowd",    "gang",    "contingent",
                                            "column", "convoy", "wing",   "faction",  "element",  "remnant", "detachment",
                                            "some",   "most",   "many",   "all",      "several",  "few",     "battalion",
                                            "company", "platoon", "force", "brigade", "regiment", "division", "fleet"};
const std::string_view kDeferralVerbs[] = {"postpone", "delay", "defer", "put off", "hold up", "hold off", "avoid",
                                           "refrain", "stop", "halt", "cease", "suspend", "abandon", "quit",
                                           "allow", "permit", "authorize", "authorise", "let", "enable", "fail"};
const std::string_view kReductionVerbs[] = {"cut", "slash", "halve", "reduce", "trim", "curtail", "suspend", "freeze",
                                            "halt", "stop", "end", "cancel", "withhold", "terminate", "cut off",
                                            "scale back", "pare", "axe", "cease"};
const std::string_view kAvertingMarkers[] = {"against", "from"};
const std::string_view kAnnouncingVerbs[] = {"announce", "unveil", "declare"};
const std::string_view kDecidingVerbs[] = {"approve", "authorize", "authorise", "clear", "adopt", "pass"};
const std::string_view kFutureActAdjectives[] = {"planned", "upcoming", "forthcoming", "scheduled", "proposed",
                                                 "next",    "coming",   "expected",    "future"};
const std::string_view kNewActAdjectives[] = {"next",    "new",      "fresh",    "further", "future", "upcoming",
                                              "planned", "proposed", "possible", "first",   "another", "more"};
const std::string_view kFuture[] = {"will", "would", "shall", "'ll"};
const std::string_view kWill[] = {"will", "shall", "'ll", "wo"};
const std::string_view kWould[] = {"would", "'d"};
const std::string_view kHedge[] = {"might", "may", "could"};
const std::string_view kHedgeAdverbs[] = {"probably", "possibly", "perhaps", "likely", "conceivably"};
const std::string_view kReadiness[] = {"ready", "prepared", "willing", "poised", "scheduled", "slated", "set", "available"};
const std::string_view kForecast[] = {"expected", "likely", "unlikely", "due", "supposed",
                                       // (a right or a leave to act: "is entitled to strike back")
                                       "entitled", "free"};
const std::string_view kConditionMarkers[] = {"if", "unless"};
const std::string_view kClaimMarkers[] = {"of", "for", "that"};
const std::string_view kDatelineSeparators[] = {"-", "--", "\xE2\x80\x94", "\xE2\x80\x93", ":"};
const std::string_view kFiniteVerbTags[] = {"VBD", "VBZ", "VBP"};
const std::string_view kRelativePronounTags[] = {"WP", "WDT"};

}  // namespace

CoderWords coder_words() {
  CoderWords c;
  c.speech_lemmas = kSpeechLemmas;
  c.first_person = kFirstPerson;
  c.third_person = kThirdPerson;
  c.personal = kPersonal;
  c.object_personal = kObjectPersonal;
  c.refusal_lemmas = kRefusals;
  c.organisation_nouns = kOrganisationNouns;
  c.country_nouns = kCountryNouns;
  c.definite_determiners = kDefinite;
  c.former_words = kFormer;
  c.place_prepositions = kPlacePrepositions;
  c.relative_pronouns = kRelativePronouns;
  c.infinitive_markers = kInfinitiveMarkers;
  c.possessive_markers = kPossessiveMarkers;
  c.pattern_negations = kPatternNegations;
  c.addressee_prepositions = kAddressee;
  c.reciprocal_words = kReciprocal;
  c.speaker_possessives = kSpeakerPossessives;
  c.other_possessives = kOtherPossessives;
  c.person_possessives = kPersonPossessives;
  c.plural_possessives = kPluralPossessives;
  c.agent_prepositions = kAgentPrepositions;
  c.target_prepositions = kTargetPrepositions;
  c.partner_prepositions = kPartnerPrepositions;
  c.between_prepositions = kBetweenPrepositions;
  c.negative_determiners = kNegativeDeterminers;
  c.new_act_adjectives = kNewActAdjectives;
  c.future_act_adjectives = kFutureActAdjectives;
  c.announcing_verbs = kAnnouncingVerbs;
  c.deciding_verbs = kDecidingVerbs;
  c.experiencer_verbs = kExperiencerVerbs;
  c.border_words = kBorderWords;
  c.protest_verbs = kProtestVerbs;
  c.act_prepositions = kActPrepositions;
  c.of_prepositions = kOfPrepositions;
  c.gerund_tags = kGerundTags;
  c.statement_nouns = kStatementNouns;
  c.authoring_verbs = kAuthoringVerbs;
  c.blocking_verbs = kBlockingVerbs;
  c.deferral_verbs = kDeferralVerbs;
  c.partitive_nouns = kPartitiveNouns;
  c.blame_nouns = kBlameNouns;
  c.charge_nouns = kChargeNouns;
  c.blame_adjectives = kBlameAdjectives;
  c.charge_adjectives = kChargeAdjectives;
  c.bearing_verbs = kBearingVerbs;
  c.naming_verbs = kNamingVerbs;
  c.instance_nouns = kInstanceNouns;
  c.about_prepositions = kAboutPrepositions;
  c.topic_prepositions = kTopicPrepositions;
  c.side_nouns = kSideNouns;
  c.reciprocal_pronouns = kReciprocalPronouns;
  c.exchange_verbs = kExchangeVerbs;
  c.saying_verbs = kSayingVerbs;
  c.attack_destroy_verbs = kAttackDestroyVerbs;
  c.doing_verbs = kDoingVerbs;
  c.property_nouns = kPropertyNouns;
  c.pair_words = kPairWords;
  c.journey_prepositions = kJourneyPrepositions;
  c.reduction_verbs = kReductionVerbs;
  c.mission_words = kMissionWords;
  c.partner_verbs = kPartnerVerbs;
  c.topic_verbs = kTopicVerbs;
  c.agreement_verbs = kAgreementVerbs;
  c.purpose_verbs = kPurposeVerbs;
  c.response_nouns = kResponseNouns;
  c.purpose_prepositions = kPurposePrepositions;
  c.here_words = kHereWords;
  c.location_prepositions = kLocationPrepositions;
  c.praise_nouns = kPraiseNouns;
  c.praise_adjectives = kPraiseAdjectives;
  c.as_prepositions = kAsPrepositions;
  c.decision_nouns = kDecisionNouns;
  c.beneficiary_prepositions = kBeneficiaryPrepositions;
  c.promised_responses = kPromisedResponses;
  c.coming_heads = kComingHeads;
  c.crowd_words = kCrowdWords;
  c.accord_nouns = kAccordNouns;
  c.until_markers = kUntilMarkers;
  c.stance_participles = kStanceParticiples;
  c.stance_adjectives = kStanceAdjectives;
  c.travel_verbs = kTravelVerbs;
  c.aiming_verbs = kAimingVerbs;
  c.idea_nouns = kIdeaNouns;
  c.stance_nouns = kStanceNouns;
  c.territory_nouns = kTerritoryNouns;
  c.last_resort_nouns = kLastResortNouns;
  c.countering_verbs = kCounteringVerbs;
  c.answered_nouns = kAnsweredNouns;
  c.period_nouns = kPeriodNouns;
  c.question_verbs = kQuestionVerbs;
  c.aimed_nouns = kAimedNouns;
  c.aimed_prepositions = kAimedPrepositions;
  c.water_words = kWaterWords;
  c.question_markers = kQuestionMarkers;
  c.prospect_nouns = kProspectNouns;
  c.hint_nouns = kHintNouns;
  c.cause_markers = kCauseMarkers;
  c.accusation_nouns = kAccusationNouns;
  c.comment_words = kCommentWords;
  c.protester_words = kProtesterWords;
  c.margin_nouns = kMarginNouns;
  c.harm_verbs = kHarmVerbs;
  c.question_words = kQuestionWords;
  c.response_verbs = kResponseVerbs;
  c.measure_nouns = kMeasureNouns;
  c.mandative_verbs = kMandativeVerbs;
  c.time_prepositions = kTimePrepositions;
  c.backer_participles = kBackerParticiples;
  c.future_auxiliaries = kFuture;
  c.will_auxiliaries = kWill;
  c.would_auxiliaries = kWould;
  c.hedge_auxiliaries = kHedge;
  c.hedge_adverbs = kHedgeAdverbs;
  c.readiness_adjectives = kReadiness;
  c.forecast_predicates = kForecast;
  c.condition_markers = kConditionMarkers;
  c.claim_markers = kClaimMarkers;
  c.averting_markers = kAvertingMarkers;
  c.dateline_separators = kDatelineSeparators;
  c.finite_verb_tags = kFiniteVerbTags;
  c.participle_tag = "VBN";
  c.verb_tag_prefix = "VB";
  c.relative_pronoun_tags = kRelativePronounTags;
  return c;
}

}  // namespace dyad::lang::en
