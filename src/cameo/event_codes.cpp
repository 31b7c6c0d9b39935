// Dyad's CAMEO table: every CAMEO event code with its label, Goldstein score and PLOVER
// type (and mode), plus QuadClass by root. These are facts of the CAMEO codebook
// (Schrodt 2012), GDELT's Goldstein table and the 2021 CAMEO-to-PLOVER conversion,
// written here as Dyad's own table.
//
// Mapping decisions where the 2021 conversion is silent: the 01 statements have no
// PLOVER type (PLOVER does not code statements), the 02 appeals map to REQUEST (the
// PLOVER category for requests and demands), and codes missing from the conversion take
// the type of their parent code. A code the table lacks (a dictionary's private code
// such as "174K") is looked up by its longest known prefix.
#include <algorithm>
#include <cmath>

#include "dyad/event.hpp"

#include <xxhash.h>

namespace dyad {

namespace {

struct Row {
  const char* code;
  const char* name;
  double goldstein;
  const char* plover;
  const char* mode;
};

// Sorted by code string.
const Row kCameo[] = {
    {"010", "Make statement", 0.0, "", ""},
    {"011", "Decline comment", -0.1, "", ""},
    {"012", "Make pessimistic comment", -0.4, "", ""},
    {"013", "Make optimistic comment", 0.4, "", ""},
    {"014", "Consider policy option", 0.0, "", ""},
    {"015", "Acknowledge or claim responsibility", 0.0, "", ""},
    {"016", "Deny responsibility", -2.0, "", ""},
    {"017", "Engage in symbolic act", 0.0, "", ""},
    {"018", "Make empathetic commment", 3.4, "", ""},
    {"019", "Express accord", 3.4, "", ""},
    {"020", "Make an appeal or request", 3.0, "REQUEST", ""},
    {"021", "Appeal for material cooperation", 3.4, "REQUEST", ""},
    {"0211", "Appeal for economic cooperation", 3.4, "REQUEST", ""},
    {"0212", "Appeal for military cooperation", 3.4, "REQUEST", ""},
    {"0213", "Appeal for judicial cooperation", 3.4, "REQUEST", ""},
    {"0214", "Appeal for intelligence cooperation", 3.4, "REQUEST", ""},
    {"022", "Appeal for diplomatic cooperation (such as policy support)", 3.2, "REQUEST", ""},
    {"023", "Appeal for aid", 3.4, "REQUEST", ""},
    {"0231", "Appeal for economic aid", 3.4, "REQUEST", ""},
    {"0232", "Appeal for military aid", 3.4, "REQUEST", ""},
    {"0233", "Appeal for humanitarian aid", 3.4, "REQUEST", ""},
    {"0234", "Appeal for military protection or peacekeeping", 3.4, "REQUEST", ""},
    {"024", "Appeal for political reform", -0.3, "REQUEST", ""},
    {"0241", "Appeal for change in leadership", -0.3, "REQUEST", ""},
    {"0242", "Appeal for policy change", -0.3, "REQUEST", ""},
    {"0243", "Appeal for rights", -0.3, "REQUEST", ""},
    {"0244", "Appeal for change in institutions, regime", -0.3, "REQUEST", ""},
    {"025", "Appeal for target to yield", -0.3, "REQUEST", ""},
    {"0251", "Appeal for easing of administrative sanctions", -0.3, "REQUEST", ""},
    {"0252", "Appeal for easing of popular dissent", -0.3, "REQUEST", ""},
    {"0253", "Appeal for release of persons or property", -0.3, "REQUEST", ""},
    {"0254", "Appeal for easing of economic sanctions, boycott, or embargo", -0.3, "REQUEST", ""},
    {"0255", "Appeal for target to allow international involvement (non-mediation)", -0.3, "REQUEST", ""},
    {"0256", "Appeal for de-escalation of military engagement", -0.3, "REQUEST", ""},
    {"026", "Appeal to others to meet or negotiate", 4.0, "REQUEST", ""},
    {"027", "Appeal to others to settle dispute", 4.0, "REQUEST", ""},
    {"028", "Appeal to engage mediation", 4.0, "REQUEST", ""},
    {"030", "Express intent to cooperate", 4.0, "AGREE", ""},
    {"031", "Agree to engage in material cooperation", 5.2, "AGREE", ""},
    {"0311", "Express intent to cooperate economically", 5.2, "AGREE", ""},
    {"0312", "Express intent to cooperate militarily", 5.2, "AGREE", ""},
    {"0313", "Express intent to cooperate on judicial matters", 5.2, "AGREE", ""},
    {"0314", "Express intent to cooperate on intelligence", 5.2, "AGREE", ""},
    {"032", "Express intent to engage in diplomatic cooperation (such as policy support)", 4.5, "AGREE", ""},
    {"033", "Express intent to provide material aid", 5.2, "AGREE", ""},
    {"0331", "Express intent to provide economic aid", 5.2, "AGREE", ""},
    {"0332", "Express intent to provide military aid", 5.2, "AGREE", ""},
    {"0333", "Express intent to provide humanitarian aid", 5.2, "AGREE", ""},
    {"0334", "Express intent to provide military protection or peacekeeping", 6.0, "AGREE", ""},
    {"034", "Express intent to bring political reform", 7.0, "AGREE", ""},
    {"0341", "Express intent to change leadership", 7.0, "AGREE", ""},
    {"0342", "Express intent to change policy", 7.0, "AGREE", ""},
    {"0343", "Express intent to provide rights", 7.0, "AGREE", ""},
    {"0344", "Express intent to change institutions, regime", 7.0, "AGREE", ""},
    {"035", "Express intent to yield", 7.0, "AGREE", ""},
    {"0351", "Express intent to ease administrative sanctions", 7.0, "AGREE", ""},
    {"0352", "Express intent to ease popular dissent", 7.0, "AGREE", ""},
    {"0353", "Express intent to release persons or property", 7.0, "AGREE", ""},
    {"0354", "Express intent to ease economic sanctions, boycott, embargo", 7.0, "AGREE", ""},
    {"0355", "Express intent to allow international involvement (non-mediation)", 7.0, "AGREE", ""},
    {"0356", "Express intent to de-escalate military engagement", 7.0, "AGREE", ""},
    {"036", "Express intent to meet or negotiate", 4.0, "AGREE", ""},
    {"037", "Express intent to settle dispute", 5.0, "AGREE", ""},
    {"038", "Express intent to accept mediation", 7.0, "AGREE", ""},
    {"039", "Express intent to mediate", 5.0, "AGREE", ""},
    {"040", "Consult", 1.0, "CONSULT", ""},
    {"041", "Discuss by telephone", 1.0, "CONSULT", "phone"},
    {"042", "Make a visit", 1.9, "CONSULT", "visit"},
    {"043", "Host a visit", 2.8, "CONSULT", "visit"},
    {"044", "Meet at a 'third' location", 2.5, "CONSULT", "third-party"},
    {"045", "Engage in mediation", 5.0, "CONSULT", ""},
    {"046", "Engage in negotiation", 7.0, "CONSULT", ""},
    {"050", "Engage in diplomatic cooperation", 3.5, "SUPPORT", ""},
    {"051", "Praise or endorse", 3.4, "SUPPORT", ""},
    {"052", "Defend verbally", 3.5, "SUPPORT", ""},
    {"053", "Rally support on behalf of", 3.8, "SUPPORT", ""},
    {"054", "Grant diplomatic recognition", 6.0, "SUPPORT", ""},
    {"055", "Apolgize", 7.0, "SUPPORT", ""},
    {"056", "Forgive", 7.0, "SUPPORT", ""},
    {"057", "Sign formal agreement", 8.0, "SUPPORT", ""},
    {"060", "Engage in material cooperation", 6.0, "COOPERATE", ""},
    {"061", "Cooperate economically", 6.4, "COOPERATE", ""},
    {"062", "Cooperate militarily", 7.4, "COOPERATE", ""},
    {"063", "Engage in judicial cooperation", 7.4, "COOPERATE", ""},
    {"064", "Share intelligence or information", 7.0, "COOPERATE", ""},
    {"070", "Provide aid", 7.0, "AID", ""},
    {"071", "Provide economic aid", 7.4, "AID", ""},
    {"072", "Provide military aid", 8.3, "AID", ""},
    {"073", "Provide humanitarian aid", 7.4, "AID", ""},
    {"074", "Provide military protection or peacekeeping", 8.5, "AID", ""},
    {"075", "Grant asylum", 7.0, "AID", ""},
    {"080", "Yield", 5.0, "CONCEDE", ""},
    {"081", "Ease administrative sanctions", 5.0, "CONCEDE", ""},
    {"0811", "Ease restrictions on freedoms of expression", 5.0, "CONCEDE", ""},
    {"0812", "Ease ban on political parties or politicians", 5.0, "CONCEDE", ""},
    {"0813", "Ease curfew", 5.0, "RETREAT", ""},
    {"0814", "Ease state of emergency or martial law", 5.0, "RETREAT", ""},
    {"082", "Ease political dissent", 5.0, "CONCEDE", ""},
    {"083", "Accede to requests or demands for political reform", 5.0, "CONCEDE", ""},
    {"0831", "Accede to demands for change in leadership", 5.0, "CONCEDE", ""},
    {"0832", "Accede to demands for change in policy", 5.0, "CONCEDE", ""},
    {"0833", "Accede to demands for rights", 5.0, "CONCEDE", ""},
    {"0834", "Accede to demands for change in institutions, regime", 5.0, "CONCEDE", ""},
    {"084", "Return, release", 7.0, "RETREAT", ""},
    {"0841", "Return, release person(s)", 7.0, "RETREAT", "release"},
    {"0842", "Return, release property", 7.0, "RETREAT", "return"},
    {"085", "Ease economic sanctions, boycott, embargo", 7.0, "RETREAT", "ease"},
    {"086", "Allow international involvement", 9.0, "RETREAT", "access"},
    {"0861", "Receive deployment of peacekeepers", 9.0, "RETREAT", "access"},
    {"0862", "Receive inspectors", 9.0, "RETREAT", "access"},
    {"0863", "Allow delivery of humanitarian aid", 9.0, "RETREAT", "access"},
    {"087", "De-escalate military engagement", 9.0, "RETREAT", "disarm"},
    {"0871", "Declare truce, ceasefire", 9.0, "RETREAT", "ceasefire"},
    {"0872", "Ease military blockade", 9.0, "RETREAT", "withdraw"},
    {"0873", "Demobilize armed forces", 9.0, "RETREAT", "disarm"},
    {"0874", "Retreat or surrender militarily", 10.0, "RETREAT", "disarm"},
    {"090", "Investigate", -2.0, "ACCUSE", "investigate"},
    {"091", "Investigate crime, corruption", -2.0, "ACCUSE", "investigate"},
    {"092", "Investigate human rights abuses", -2.0, "ACCUSE", "investigate"},
    {"093", "Investigate military action", -2.0, "ACCUSE", "investigate"},
    {"094", "Investigate war crimes", -2.0, "ACCUSE", "investigate"},
    {"100", "Demand", -5.0, "REQUEST", ""},
    {"101", "Demand material cooperation", -5.0, "REQUEST", "assist"},
    {"1011", "Demand economic cooperation", -5.0, "REQUEST", "assist"},
    {"1012", "Demand military cooperation", -5.0, "REQUEST", "assist"},
    {"1013", "Demand judicial cooperation", -5.0, "REQUEST", "assist"},
    {"1014", "Demand intelligence cooperation", -5.0, "REQUEST", "assist"},
    {"102", "Demand diplomatic cooperation (such as policy support)", -5.0, "REQUEST", "assist"},
    {"103", "Demand aid", -5.0, "REQUEST", "assist"},
    {"1031", "Demand economic aid", -5.0, "REQUEST", "assist"},
    {"1032", "Demand military aid", -5.0, "REQUEST", "assist"},
    {"1033", "Demand humanitarian aid", -5.0, "REQUEST", "assist"},
    {"1034", "Demand military protection or peacekeeping", -5.0, "REQUEST", "assist"},
    {"104", "Demand political reform", -5.0, "REQUEST", "change"},
    {"1041", "Demand change in leadership", -5.0, "REQUEST", "change"},
    {"1042", "Demand policy change", -5.0, "REQUEST", "change"},
    {"1043", "Demand rights", -5.0, "REQUEST", "change"},
    {"1044", "Demand change in institutions, regime", -5.0, "REQUEST", "change"},
    {"105", "Demand that target yields", -5.0, "REQUEST", "change"},
    {"1051", "Demand easing of adminstrative sanctions", -5.0, "REQUEST", "yield"},
    {"1052", "Demand easing of popular dissent", -5.0, "REQUEST", "yield"},
    {"1053", "Demand release of persons or property", -5.0, "REQUEST", "yield"},
    {"1054", "Demand easing of economic sanctions, boycott, or embargo", -5.0, "REQUEST", "yield"},
    {"1055", "Demand that target allows international involvement (non-mediation)", -5.0, "REQUEST", "yield"},
    {"1056", "Demand de-escalation of military engagement", -5.0, "REQUEST", "yield"},
    {"106", "Demand meeting, negotiation", -5.0, "REQUEST", "meet"},
    {"107", "Demand settling of dispute", -5.0, "REQUEST", "meet"},
    {"108", "Demand mediation", -5.0, "REQUEST", "meet"},
    {"110", "Disapprove", -2.0, "ACCUSE", "disapprove"},
    {"111", "Criticize or denounce", -2.0, "ACCUSE", "disapprove"},
    {"112", "Accuse", -2.0, "ACCUSE", "disapprove"},
    {"1121", "Accuse of crime, corruption", -2.0, "ACCUSE", "allege"},
    {"1122", "Accuse of human rights abuses", -2.0, "ACCUSE", "allege"},
    {"1123", "Accuse of aggression", -2.0, "ACCUSE", "allege"},
    {"1124", "Accuse of war crimes", -2.0, "ACCUSE", "allege"},
    {"1125", "Accuse of espionage, treason", -2.0, "ACCUSE", "allege"},
    {"113", "Rally opposition against", -2.0, "ACCUSE", "disapprove"},
    {"114", "Complain officially", -2.0, "ACCUSE", "allege"},
    {"115", "Bring lawsuit against", -2.0, "ACCUSE", "allege"},
    {"116", "Find guilty or liable (legally)", -2.0, "ACCUSE", "disapprove"},
    {"120", "Reject", -4.0, "REJECT", ""},
    {"121", "Reject material cooperation", -4.0, "REJECT", "assist"},
    {"1211", "Reject economic cooperation", -4.0, "REJECT", "assist"},
    {"1212", "Reject military cooperation", -4.0, "REJECT", "assist"},
    {"1213", "Reject judicial cooperation", -4.0, "REJECT", "assist"},
    {"1214", "Reject intelligence cooperation", -4.0, "REJECT", "assist"},
    {"122", "Reject request or demand for material aid", -4.0, "REJECT", "assist"},
    {"1221", "Reject demand for economic aid", -4.0, "REJECT", "assist"},
    {"1222", "Reject demand for military aid", -4.0, "REJECT", "assist"},
    {"1223", "Reject demand for humanitarian aid", -4.0, "REJECT", "assist"},
    {"1224", "Reject demand for military protection or peacekeeping", -4.0, "REJECT", "assist"},
    {"123", "Reject request or demand for political reform", -4.0, "REJECT", "change"},
    {"1231", "Reject demand for change in leadership", -4.0, "REJECT", "change"},
    {"1232", "Reject demand for policy change", -4.0, "REJECT", "change"},
    {"1233", "Reject demand for rights", -4.0, "REJECT", "change"},
    {"1234", "Reject demand for change in institutions, regime", -4.0, "REJECT", "change"},
    {"124", "Decline to yield", -4.0, "REJECT", "change"},
    {"1241", "Decline to ease administrative sanctions", -4.0, "REJECT", "change"},
    {"1242", "Decline to ease popular dissent", -4.0, "REJECT", "change"},
    {"1243", "Decline to release persons or property", -4.0, "REJECT", "yield"},
    {"1244", "Decline to ease economic sanctions, boycott, or embargo", -4.0, "REJECT", "yield"},
    {"1245", "Decline to allow international involvement (non-mediation)", -4.0, "REJECT", "yield"},
    {"1246", "Decline to de-escalate military engagement", -4.0, "REJECT", "yield"},
    {"125", "Reject proposal to meet, discuss, negotiate", -5.0, "REJECT", "meet"},
    {"126", "Reject mediation", -5.0, "REJECT", "meet"},
    {"127", "Reject plan, agreement to settle dispute", -5.0, "REJECT", "meet"},
    {"128", "Defy norms, law", -5.0, "REJECT", "yield"},
    {"129", "Veto", -5.0, "REJECT", "yield"},
    {"130", "Threaten", -4.4, "THREATEN", ""},
    {"131", "Threaten non-force", -5.8, "THREATEN", ""},
    {"1311", "Threaten to reduce or stop aid", -5.8, "THREATEN", "relations"},
    {"1312", "Threaten to boycott, embargo, or sanction", -5.8, "THREATEN", "restrict"},
    {"1313", "Threaten to reduce or break relations", -5.8, "THREATEN", "relations"},
    {"132", "Threaten with administrative sanctions", -5.8, "THREATEN", "ban"},
    {"1321", "Threaten to impose restrictions on freedoms of speech and expression", -5.8, "THREATEN", "political"},
    {"1322", "Threaten to ban political parties or politicians", -5.8, "THREATEN", "ban"},
    {"1323", "Threaten to impose curfew", -5.8, "THREATEN", "restrict"},
    {"1324", "Threaten to impose state of emergency or martial law", -5.8, "THREATEN", "restrict"},
    {"133", "Threaten with political dissent, protest", -5.8, "THREATEN", "relations"},
    {"134", "Threaten to halt negotiations", -5.8, "THREATEN", "relations"},
    {"135", "Threaten to halt mediation", -5.8, "THREATEN", "relations"},
    {"136", "Threaten to halt (expel or withdraw) international involvement (non-mediation)", -7.0, "THREATEN", "expel"},
    {"137", "Threaten with violent repression", -7.0, "THREATEN", "violence"},
    {"138", "Threaten with military force", -7.0, "THREATEN", "violence"},
    {"1381", "Threaten blockade", -7.0, "THREATEN", "restrict"},
    {"1382", "Threaten occupation", -7.0, "THREATEN", "territory"},
    {"1383", "Threaten unconventional violence", -7.0, "THREATEN", "violence"},
    {"1384", "Threaten conventional attack", -7.0, "THREATEN", "violence"},
    {"1385", "Threaten attack with WMD", -7.0, "THREATEN", "violence"},
    {"139", "Give ultimatum", -7.0, "THREATEN", "relations"},
    {"140", "Engage in political dissent", -6.5, "PROTEST", ""},
    {"141", "Demonstrate or rally", -6.5, "PROTEST", "demo"},
    {"1411", "Demonstrate for leadership change", -6.5, "PROTEST", "demo"},
    {"1412", "Demonstrate for policy change", -6.5, "PROTEST", "demo"},
    {"1413", "Demonstrate for rights", -6.5, "PROTEST", "demo"},
    {"1414", "Demonstrate for change in institutions, regime", -6.5, "PROTEST", "demo"},
    {"142", "Conduct hunger strike", -6.5, "PROTEST", "hunger"},
    {"1421", "Conduct hunger strike for leadership change", -6.5, "PROTEST", "hunger"},
    {"1422", "Conduct hunger strike for policy change", -6.5, "PROTEST", "hunger"},
    {"1423", "Conduct hunger strike for rights", -6.5, "PROTEST", "hunger"},
    {"1424", "Conduct hunger strike for change in institutions, regime", -6.5, "PROTEST", "hunger"},
    {"143", "Conduct strike or boycott", -6.5, "PROTEST", "boycott"},
    {"1431", "Conduct strike or boycott for change in leadership", -6.5, "PROTEST", "boycott"},
    {"1432", "Conduct strike or boycott for policy change", -6.5, "PROTEST", "boycott"},
    {"1433", "Conduct strike or boycott for rights", -6.5, "PROTEST", "boycott"},
    {"1434", "Conduct strike or boycott for change in institutions, regime", -6.5, "PROTEST", "boycott"},
    {"144", "Obstruct passage, block", -7.5, "PROTEST", "obstruct"},
    {"1441", "Obstruct passage to demand change in leadership", -7.5, "PROTEST", "obstruct"},
    {"1442", "Obstruct passage to demand policy change", -7.5, "PROTEST", "obstruct"},
    {"1443", "Obstruct passage to demand rights", -7.5, "PROTEST", "obstruct"},
    {"1444", "Ostruct passage to demand change in institutions, regime", -7.5, "PROTEST", "obstruct"},
    {"145", "Protest violently, riot", -7.5, "PROTEST", "riot"},
    {"1451", "Engage in violent protest for change in leadership", -7.5, "PROTEST", "riot"},
    {"1452", "Engage in violent protest for policy change", -7.5, "PROTEST", "riot"},
    {"1453", "Engage in violent protest for rights", -7.5, "PROTEST", "riot"},
    {"1454", "Engage in violent protest for change in institutions, regime", -7.5, "PROTEST", "riot"},
    {"150", "Demonstrate military or police power", -7.2, "MOBILIZE", ""},
    {"151", "Increase police alert status", -7.2, "MOBILIZE", "police"},
    {"152", "Increase military alert status", -7.2, "MOBILIZE", "troops"},
    {"153", "Mobilize or increase police power", -7.2, "MOBILIZE", "police"},
    {"154", "Mobilize or increase armed forces", -7.2, "MOBILIZE", "troops"},
    {"160", "Reduce relations", -4.0, "SANCTION", ""},
    {"161", "Reduce or break diplomatic relations", -4.0, "SANCTION", "withdraw"},
    {"162", "Reduce or stop aid", -5.6, "SANCTION", "discontinue"},
    {"1621", "Reduce or stop economic assistance", -5.6, "SANCTION", "discontinue"},
    {"1622", "Reduce or stop military assistance", -5.6, "SANCTION", "discontinue"},
    {"1623", "Reduce or stop humanitarian assistance", -5.6, "SANCTION", "discontinue"},
    {"163", "Impose embargo, boycott, or sanctions", -8.0, "COERCE", "restrict"},
    {"164", "Halt negotiations", -7.0, "SANCTION", "withdraw"},
    {"165", "Halt mediation", -6.5, "SANCTION", "withdraw"},
    {"166", "Expel or withdraw", -7.0, "SANCTION", "expel"},
    {"1661", "Expel or withdraw peacekeepers", -7.0, "SANCTION", "expel"},
    {"1662", "Expel or withdraw inspectors, observers", -7.0, "SANCTION", "expel"},
    {"1663", "Expel or withdraw aid agencies", -7.0, "SANCTION", "expel"},
    {"170", "Coerce", -7.0, "COERCE", ""},
    {"171", "Seize or damage property", -9.2, "COERCE", "seize"},
    {"1711", "Confiscate property", -9.2, "COERCE", "seize"},
    {"1712", "Destroy property", -9.2, "ASSAULT", "seize"},
    {"172", "Impose administrative sanctions", -5.0, "COERCE", "restrict"},
    {"1721", "Impose restrictions on freedoms of speech and expression", -5.0, "COERCE", "restrict"},
    {"1722", "Ban political parties or politicians", -5.0, "COERCE", "ban"},
    {"1723", "Impose curfew", -5.0, "COERCE", "curfew"},
    {"1724", "Impose state of emergency or martial law", -5.0, "COERCE", "martial-law"},
    {"173", "Arrest, detain, or charge with legal action", -5.0, "COERCE", "arrest"},
    {"174", "Expel or deport individuals", -5.0, "COERCE", "deport"},
    {"175", "Use violent repression", -9.0, "ASSAULT", "pro_autocracy"},
    {"180", "Use unconventional violence", -9.0, "ASSAULT", ""},
    {"181", "Abduct, hijack", -9.0, "ASSAULT", "abduct"},
    {"182", "Physically assault", -9.5, "ASSAULT", "beat"},
    {"1821", "Sexually assault", -9.0, "ASSAULT", "sexual"},
    {"1822", "Torture", -9.0, "ASSAULT", "torture"},
    {"1823", "Kill by physical assault", -10.0, "ASSAULT", ""},
    {"183", "Conduct suicide, car, or other non-military bombing", -10.0, "ASSAULT", "suicide-attack"},
    {"1831", "Carry out suicide bombing", -10.0, "ASSAULT", "suicide-attack"},
    {"1832", "Carry out car bombing", -10.0, "ASSAULT", "explosives"},
    {"1833", "Carry out roadside bombing", -10.0, "ASSAULT", "explosives"},
    {"184", "Use as human shield", -8.0, "ASSAULT", "abduct"},
    {"185", "Attempt to assassinate", -8.0, "ASSAULT", "assassinate"},
    {"186", "Assassinate", -10.0, "ASSAULT", "assassinate"},
    {"190", "Use conventional military force", -10.0, "ASSAULT", ""},
    {"191", "Impose blockade, restrict movement", -9.5, "COERCE", "restrict"},
    {"192", "Occupy territory", -9.5, "COERCE", "seize"},
    {"193", "Fight with small arms and light weapons", -10.0, "ASSAULT", "firearms"},
    {"194", "Fight with artillery and tanks", -10.0, "ASSAULT", "heavy-weapons"},
    {"195", "Employ aerial weapons", -10.0, "ASSAULT", "heavy-weapons"},
    {"1951", "Employ precision-guided aerial munitions", -10.0, "ASSAULT", ""},
    {"1952", "Employ remotely piloted aerial munitions", -10.0, "ASSAULT", ""},
    {"196", "Violate ceasefire", -9.5, "ASSAULT", ""},
    {"200", "Use unconventional mass violence", -10.0, "ASSAULT", "massacre"},
    {"201", "Engage in mass expulsion", -9.5, "ASSAULT", "cleansing"},
    {"202", "Engage in mass killings", -10.0, "ASSAULT", "massacre"},
    {"203", "Engage in ethnic cleansing", -10.0, "ASSAULT", "cleansing"},
    {"204", "Use weapons of mass destruction", -10.0, "ASSAULT", "unconventional"},
    {"2041", "Use chemical, biological, or radiological weapons", -10.0, "ASSAULT", "unconventional"},
    {"2042", "Detonate nuclear weapons", -10.0, "ASSAULT", "unconventional"},
};

const Row* find_row(std::string_view code) {
  auto it = std::lower_bound(std::begin(kCameo), std::end(kCameo), code,
                             [](const Row& r, std::string_view c) { return std::string_view(r.code) < c; });
  if (it != std::end(kCameo) && std::string_view(it->code) == code) return &*it;
  return nullptr;
}

const char* const kRootNames[] = {
    "", "Make public statement", "Appeal", "Express intent to cooperate", "Consult",
    "Engage in diplomatic cooperation", "Engage in material cooperation", "Provide aid", "Yield",
    "Investigate", "Demand", "Disapprove", "Reject", "Threaten", "Protest",
    "Exhibit force posture", "Reduce relations", "Coerce", "Assault", "Fight",
    "Use unconventional mass violence"};

}  // namespace

int quad_class(std::string_view root) {
  if (root.size() != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9') return 0;
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 9) return 2;
  if (r >= 10 && r <= 14) return 3;
  if (r >= 15 && r <= 20) return 4;
  return 0;
}

std::optional<CameoInfo> cameo_info(std::string_view code) {
  for (size_t len = code.size(); len >= 3; --len) {
    if (const Row* r = find_row(code.substr(0, len))) {
      return CameoInfo{r->code, r->name, r->goldstein, r->plover, r->mode};
    }
  }
  if (code.size() >= 2 && quad_class(code.substr(0, 2)) != 0) {
    // A bare root ("19"): its x0 code.
    std::string base = std::string(code.substr(0, 2)) + "0";
    if (const Row* r = find_row(base)) {
      int idx = (code[0] - '0') * 10 + (code[1] - '0');
      return CameoInfo{r->code, kRootNames[idx], r->goldstein, r->plover, r->mode};
    }
  }
  return std::nullopt;
}

void fill_cameo_fields(Event& e) {
  e.root = e.cameo.size() >= 2 ? e.cameo.substr(0, 2) : e.cameo;
  e.quad = quad_class(e.root);
  if (e.quad == 0) e.root.clear();
  auto info = cameo_info(e.cameo);
  if (info && e.quad != 0) {
    e.goldstein = info->goldstein;
    e.plover = std::string(info->plover);
  } else {
    e.goldstein.reset();
    e.plover.clear();
  }
}

size_t cameo_table_size() { return std::size(kCameo); }

CameoInfo cameo_table_entry(size_t i) {
  const Row& r = kCameo[i];
  return CameoInfo{r.code, r.name, r.goldstein, r.plover, r.mode};
}

}  // namespace dyad

namespace dyad {

uint64_t event_id(const Event& e) {
  std::string key;
  key.reserve(64);
  const std::string sentence = std::to_string(e.sentence);
  for (std::string_view v : {std::string_view(e.doc_id), std::string_view(sentence),
                             std::string_view(e.from_title ? "t" : "s"), std::string_view(e.source.code),
                             std::string_view(e.target.code), std::string_view(e.cameo)}) {
    key += v;
    key += '\x1f';  // a separator no field holds
  }
  const uint64_t h = XXH3_64bits(key.data(), key.size());
  return h & 0x7fffffffffffffffULL;  // positive as a signed 64-bit integer (GDELT's and SQL's)
}

}  // namespace dyad
