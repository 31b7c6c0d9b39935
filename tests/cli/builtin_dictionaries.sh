#!/usr/bin/env bash
# The built-in dictionaries on news phrasing written for this test: one sentence per
# mechanism (country names, demonyms, capitals, cities, organisations, leaders with
# dated codes, agents, verbs of several CAMEO roots, patterns such as "will provide",
# "sent ... to the summit", "urged X to stop"). Each line of EXPECT is
# "sentence source target cameo-prefix"; the coded events must include it. Needs the
# tagger and parser models of models/ (skips without them).
source "$(dirname "$0")/lib.sh"

MODELS="${DYAD_MODEL_DIR:-${DYAD_SOURCE_DIR:-.}/models}"
if [ ! -f "$MODELS/parser.bin" ]; then
  echo "skip: no parser model in $MODELS"
  finish
  exit 0
fi

cat >"$WORK/news.txt" <<'TEXT'
China accused NATO of seeking security at the expense of others.

China has backed Russia's position on the war.

Japan and South Korea sent their foreign ministers to the ASEAN summit.

The Chinese Foreign Ministry urged Washington to stop interfering in Hong Kong.

British Prime Minister Keir Starmer met Emmanuel Macron in Paris.

Israeli warplanes bombed Hezbollah positions in southern Lebanon.

Russian forces shelled Kharkiv overnight.

The European Union imposed new sanctions on Iran.

Turkey expelled Dutch diplomats.

North Korea threatened to attack South Korea.

Egypt criticised Israel's offensive in Gaza.

Germany will provide air defence systems to Ukraine.

NATO labelled China a threat.

Canada announced new sanctions against Russia.

The French foreign minister said sanctions against Iran remained on the table.

Canada backed the United States' raid on a Syrian army depot.

U.S. trade representative Katherine Tai met Argentine Agriculture minister Julian Dominguez and Economy minister Sergio Massa.

The United States handed Russian negotiators a draft treaty.

The Egyptian foreign minister sent a letter to the U.N. Secretary-General.

China described the Japanese move as a provocation.

Kenya will send 1,000 police officers to Haiti.

Sudan's army and the Rapid Support Forces agreed to a ceasefire in Jeddah.

Pakistani and Afghan troops traded fire at a border crossing.

Protesters rallied outside the French embassy in Niamey.

Nigeria blamed the bombings on Boko Haram.

Hungary vetoed a resolution condemning Russia.

Iran denies supplying drones to Russia.

The United States warned China against aiding Russia.

The World Bank approved a $500 million loan to Ethiopia.

South Africa filed a genocide case against Israel.

Thousands of Serbians marched in Belgrade.

Belarus demanded that Poland release the detained journalists.

A Chinese coast guard ship rammed a Philippine supply vessel.

Japan will provide $4.5 billion in aid to Ukraine.

The U.S. Senate voted to halve aid to Colombia.

Canada postponed sending troops to Haiti.

The German parliament approved military aid to Ukraine.

Pakistan complained to the UN that India was diverting river water.

Kenya said it rejected an IMF demand to raise taxes.

Germany gave the Turkish government a stern warning of sanctions.

Ghana condemned the detention of Ghanaian cargo ships by Togo.

The European Union is not satisfied with Japan's efforts to open its market.

In a phone call with Xi Jinping, Joe Biden raised concerns about Chinese support for Russia.

South Korea and Japan signed an agreement to share military intelligence.

China slapped sanctions on American defence firms.

Joe Biden and Xi Jinping agreed to resume military talks.

Iran denied any role in the attack on a US base in Jordan.

Ukraine said it downed a Russian fighter jet.

India and Pakistan exchanged fire along the Kashmir border.

At least 20 Palestinians were killed in an Israeli air strike on a school in Gaza.

Five civilians were wounded by a Russian missile strike on Kharkiv.

Venezuela deployed troops to the border with Guyana.

Myanmar's military junta launched air strikes on rebel positions near the Chinese border.

China said the U.S. arms sale to Taiwan was a serious violation of international law.

The French foreign ministry said Iran's decision was deeply regrettable.

The United States said it was deeply concerned by North Korea's missile launch.

Germany promised to deliver more Leopard tanks to Ukraine.

Japan and the Philippines agreed to boost defence cooperation.

China said it would take resolute measures if Taiwan's leader visited the United States.

China held military drills around Taiwan.

Israeli military officials met Egyptian mediators.

Pakistani authorities arrested former prime minister Imran Khan.

Ukrainian drones attacked an oil refinery in Russia's Krasnodar region.

The United States raised tariffs on Chinese electric vehicles.

China filed a complaint with the WTO over U.S. chip export controls.

The Netherlands returned looted artefacts to Indonesia.

Russia and North Korea signed a mutual defence pact.

The Houthis fired missiles at a Panama-flagged ship.

Iran seized a Marshall Islands-flagged vessel.

Israel and Hamas traded accusations over the collapse of the truce.

Following talks with Xi Jinping, Vladimir Putin said relations had reached a new level.

The Philippine military said the Chinese personnel seized firearms and damaged the boat's engines.

Emmanuel Macron said Ukraine should be allowed to strike military sites in Russia.

Iran said the United States was responsible for the blast.

Antony Blinken delivered a strong endorsement of the Philippine government.

China made an appeal to Japan for calm.

Sweden, which joined NATO in March, sent troops to Latvia.

China did not rule out the use of force against Taiwan.

Iran denies role in attack on US base in Jordan

The Philippines protested the Chinese manoeuvres.

Recep Tayyip Erdogan plans to travel to Washington in May.

Antony Blinken is scheduled to meet Wang Yi in Beijing on Friday.

The Kremlin's spokesman said Moscow would respond to the deployment of U.S. missiles in Germany.

Russian missiles hit a children's hospital in Kyiv, Ukrainian officials said.

Prime Minister Fumio Kishida visits Washington on July 20.

Ukrainian drones destroyed a Russian air defence system.

Israeli troops destroyed the homes of two Palestinian attackers.

Russia conducted a massive missile attack on Ukraine.

Israel committed an act of aggression against Lebanon.

China refused to condemn the Russian invasion.

India refused to join sanctions against Russia.

Iran rejected being labelled a sponsor of terrorism by the United States.

Iran vowed to keep up its attacks on Israel.

Mexico will retaliate if the United States imposes tariffs on Mexican steel.

Iran said it would hit back if Israel attacked its nuclear sites.

Biden described Japan as a close ally.

Indian Defence Minister Rajnath Singh is in Australia to discuss naval cooperation.

The Kenyan foreign minister, here for talks with State Department officials, said the region needed calm.

Talks between Armenia and Azerbaijan are due to begin in Geneva on Wednesday.

Norway announced a trade boycott of Israel.

Iraqi warplanes flew 40 sorties against Iranian targets.

Japan would probably retaliate if the United States imposed tariffs.

Russia has said its diplomats in Britain are under surveillance and has accused London of spy mania.

The United States sold fighter jets to Poland.

Egypt welcomed the ceasefire agreement between Israel and Hamas.

China said the US arms sale to Taiwan seriously harmed bilateral relations.

Beijing hit out at Canberra over the remarks.

North Korea vowed a tough response to the joint drills by Seoul and Washington.

The foreign ministers of India and China met on the sidelines of the SCO summit in Astana.

Police in Kenya fired tear gas at protesters in Nairobi on Tuesday.

The Taliban barred women from attending universities across Afghanistan.

India and Pakistan, which have fought three wars, discussed trade at a meeting in Dubai.

The Philippine coast guard accused Chinese vessels of ramming its ship near Second Thomas Shoal.

Turkey and Greece agreed on Thursday to restart talks on their maritime dispute.

The United States on Monday announced $2 billion in new military aid for Ukraine.

Iran vowed to punish Israel.

Colombia took firm defensive action in response to a Venezuelan raid on Colombian outposts.

Israel struck back after last week's Iranian missile attack damaging an Israeli air base.

Britain came under fire from China for its treatment of Hong Kong.

Pakistan faced fresh sanctions from the United States.

Ukraine received fighter jets from Denmark.

South Africa's condemnation of Israel angered Washington.

Niger ended its military cooperation with the United States.

Kenya requested help from the African Union to fight al-Shabaab.

Russia's threat to use nuclear weapons against Ukraine alarmed NATO.

Iran's foreign minister said Tehran had no plans to attack Israel.

The United States has no intention of sending troops to Ukraine, the White House said.

Azerbaijan said Armenian forces had opened fire on its positions.

France offered to escort Ukrainian grain ships.

French frigates escorted Greek ships.

Speaking at a banquet after a two-hour meeting with Prime Minister Narendra Modi, Anthony Albanese praised the Indian government.

China condemned the new U.S. tariffs on its electric cars and vowed retaliation.

Beijing vowed retaliation against the U.S. tariffs.

Japan and South Korea agreed to restore their military intelligence pact.

Japan agreed with Laos to expand trade.

Narendra Modi met Vladimir Putin ahead of his visit to Washington next month.

Keir Starmer met Emmanuel Macron ahead of Joe Biden's visit to Paris.

Iran executed a man convicted of spying for Israel, the judiciary said.

The United States approved a $2 billion arms sale to Taiwan, drawing condemnation from Beijing.

Hungary's foreign minister summoned the Ukrainian ambassador over comments about minority rights.

Thousands rallied in Tbilisi against the foreign agent law.

Iraqi protesters stormed the Swedish embassy in Baghdad.

Israel and the United Arab Emirates struck a deal to normalise relations.

The deal Israel struck with the UAE angered Iran.

BEIRUT - Syria sent troops to Jordan.

Economy Minister Sergio Massa flew to Washington on Sunday for talks with creditor banks.

Japan's foreign minister refused to comment on the Chinese plan.

Japan's finance minister plans to brief reporters after returning from Washington.

The chances of a direct clash between the United States and Iran are low.

Anthony Albanese assured journalists after meeting President Joko Widodo that trade would grow.

The United States sent its annual budget plan to Congress.

Blinken was asked whether Washington would sanction China.

It was unclear whether Israel had attacked Iran.

Sudan's army and the Rapid Support Forces agreed to a 72-hour ceasefire brokered by Saudi Arabia and the United States.

At least 12 people were killed when Russian missiles struck an apartment building in Kharkiv, Ukrainian officials said.

Pakistan's army said it killed eight militants in a raid near the Afghan border.

Iran's supreme leader vowed harsh punishment for Israel after the killing of a senior commander in Damascus.

South Korea and the United States began joint military exercises on Monday, prompting a warning from Pyongyang.

China's defence ministry warned that the People's Liberation Army would take forceful measures if the Philippines continued its provocations.

Chinese coast guard vessels blocked Philippine supply ships near the shoal.

The Israeli strike on the Gaza school killed 30 people.

French railway workers staged a lightning strike against the French government.

The United States and the Philippines kicked off joint military drills.

Protesters blocked roads in Nairobi to demand the resignation of the president.

Japan's foreign minister was asked by a Chinese reporter whether Tokyo would expel Russian diplomats.

The German spokesman, speaking from Berlin, said Germany opposed the French levy.

Narendra Modi spoke to the press after a meeting in Delhi on Monday with Chinese Foreign Minister Wang Yi.

Keir Starmer approved the licence during talks this week with U.S. officials.

Congress would respond to the concerns of American farmers if the industry cut prices, a senator said.

Australia's trade minister made the appeal at a session which examines the U.S. exemption.

Israel carried out a limited strike on Iran early on Friday.

Antony Blinken flew to Seoul, where he met South Korean President Yoon Suk Yeol.

Antony Blinken warned that Washington would act if China kept supplying Russia with weapons.

Kenyan teachers began a hunger strike on Tuesday.

Greece is opposed to Turkish participation in the talks with Cyprus, an aide said.

Its closure will improve the security of American troops, the U.S. defence secretary said.

Kenyan officials and a creditor committee have been meeting in London.

An Israeli official said the prisoners would be released on Monday.

Erdogan said Turkey would not approve Sweden's NATO membership until Stockholm cracked down on Kurdish militants.

Israeli and Hamas negotiators met in Cairo.

Ukrainian forces captured several Iranian-made drones.

He said 60 percent of Chile's exports went to China.

The United States should admit India into the group.

The U.S. Senate hit the European Union's planned carbon border tax.
TEXT
run code "$WORK/news.txt" --date 2024-07-12 --format tsv
expect_rc 0 "code: the news sentences"

while read -r sent src tgt code what; do
  checks=$((checks + 1))
  awk -F'\t' -v s="$sent" -v a="$src" -v b="$tgt" -v c="$code" \
    '$2 == s && $4 == a && $5 == b && index($6, c) == 1 { found = 1 } END { exit !found }' "$WORK/out" ||
    fail "sentence $sent: no event $src -> $tgt $code ($what)"
done <<'EXPECT'
0 CHN IGOWSTNAT 112 accuse, country and NATO names
1 CHN RUS 05 back, a possessive target
2 JPN IGOSEAASN 044 sent their ministers to the summit
2 KOR IGOSEAASN 044 the second member of the subject
3 CHNGOV USAGOV 02 urge to stop; Washington as the US government
4 GBRGOV FRAGOV 040 leaders by name, dated codes
5 ISRMIL LBNREB 195 warplanes as military, Hezbollah
6 RUSMIL UKR 194 shell; Kharkiv as Ukraine
7 IGOEUREEC IRN 163 impose sanctions
8 TUR NLDGOV 166 expel diplomats
9 PRK KOR 138 threaten to attack
10 EGY ISR 111 British spelling criticised
11 DEU UKR 033 future of a material verb is intent
12 IGOWSTNAT CHN 112 British doubled consonant labelled
13 CAN RUS 163 announcing sanctions imposes them
14 FRAGOV IRN 1312 speaking of sanctions is a threat of them
15 USA SYRMIL 190 a plural possessive (States') as the attack's owner
16 USAGOV ARGAGR 040 a trade representative is government
16 USAGOV ARGGOV 040 a second member with a role of its own keeps it (not ARGAGRGOV)
17 USA RUSGOV 030 handing someone a draft treaty offers it
18 EGYGOV IGOUNOGOV 010 a letter sent to someone is a statement to them
19 CHN JPN 111 describing someone's act as a provocation criticises them
20 KEN HTI 0334 sending police officers to a country is a peacekeeping intent
21 SDNMIL SDNREB 0356 a ceasefire agreed by two sides is between them, not with the city it was agreed in
22 PAKMIL AFGMIL 190 troops trading fire: both ways, "traded" a predicate although parsed as a participle
22 AFGMIL PAKMIL 190 troops trading fire: the other way
23 NERCVL FRAGOV 141 protesters outside an embassy are of the country the embassy stands in
24 NGA NGAREB 112 blaming an act on someone accuses them
25 HUN RUS 129 vetoing a resolution against someone
27 USA CHN 13 a warning
28 IGOBUSWBK ETH 071 approving a loan for a country gives it
29 ZAF ISR 115 filing a case against someone
30 SRB SRB 141 a protest with no one it is aimed at is aimed at the country it happens in
31 BLR POL 105 a demand that someone release people
32 CHNGOV PHL 190 ramming a ship
33 JPN UKR 0331 an amount "in aid" is no place
34 USALEG COL 162 halving aid reduces it
36 DEULEG UKR 072 military aid is a kind of aid, not Ukraine's military
37 PAK IND 114 a complaint to the UN is aimed at whom it is about
38 KEN IGOBUSIMF 120 a reported rejection, not a demand by the speaker
39 DEU TURGOV 1312 a warning of sanctions given
40 TGO GHA 17 the detention of ships by Togo
40 GHA TGO 111 condemning it condemns its author
41 IGOEUREEC JPN 110 not satisfied with someone
42 USAGOV CHNGOV 040 a phone call with someone
42 CHNGOV USAGOV 040 a phone call, the other way
42 USAGOV CHN 012 raising concerns about someone's act
43 KOR JPN 057 an agreement between the subjects
43 JPN KOR 057 an agreement, the other way
44 CHN USABUS 163 slapping sanctions on someone
45 USAGOV CHNGOV 036 talks agreed on, "military" only their kind
45 CHNGOV USAGOV 036 the other way
46 IRN USA 016 a denial
47 UKR RUS 190 downing a plane
48 IND PAK 190 an exchange of fire
48 PAK IND 190 the other way
49 ISR PSE 195 killed in an air strike: the strike's author
50 RUS UKRCVL 18 civilians wounded from abroad are of the place attacked
51 VEN GUY 15 the border with a country names it
52 MMRMIL MMRREB 195 rebels near a border are not its neighbour's
53 CHN USA 112 saying someone's act was a violation charges them
53 USA TWN 062 the act judged stays a fact
54 FRAGOV IRN 111 saying someone's decision was regrettable criticises them
55 USA PRK 012 concerned by someone's act
56 DEU UKR 0332 weapons promised: the tanks are the matter, not the target
57 JPN PHL 03 agreeing with no one else named is between the subjects
57 PHL JPN 03 the other way
59 CHN TWN 15 drills around a country: "military" says what kind, not who
60 ISRMILGOV EGY 040 "military" on a role word stays a role
61 PAKGOV PAKOPPELI 173 the authorities arrest (a parse read the other way round)
62 UKRMIL RUS 19 attacking a place is no occupation (drones: 195)
63 USA CHN 163 raising tariffs on someone
64 CHN USA 114 a complaint lodged with the WTO is about whom it is over
65 NLD IDN 0842 returning property, not a visit
66 RUS PRK 057 a pact between the subjects ("and" parsed under "North")
66 PRK RUS 057 the other way
67 YEMREB PAN 195 a ship's flag names its country ("fired" read as an adjective)
68 IRN MHL 171 seizing a ship ("Islands" of a name is no place)
69 ISR PSEREB 112 trading accusations: both ways
69 PSEREB ISR 112 the other way
70 RUSGOV CHNGOV 040 talks in an opening phrase (parsed as the root)
70 CHNGOV RUSGOV 040 the other way
73 IRN USA 112 saying someone was responsible for an act charges them
74 USAGOV PHLGOV 051 an endorsement delivered (not aid)
75 CHN JPN 020 an appeal made
76 SWE LVA 15 the verb after a relative clause on the subject (parsed under the clause)
77 CHN TWN 138 not ruling out force is a veiled threat
78 IRN USA 016 a denial, with the attack hung on the verb
79 PHL CHN 114 a state whose name is plural protests by complaint
80 TURGOV USAGOV 036 a plan to travel is an announced visit
81 USAGOV CHNGOV 036 scheduled to meet
82 RUS USA 130 a response announced warns
83 RUS UKRCVLHLH 195 missiles that hit (a hospital: health workers of the city's country)
84 JPNGOV USAGOV 036 a visit dated after the story is announced
85 UKRMIL RUS 190 armed forces destroying a military target attack it
86 ISRMIL PSEREB 1712 destroying homes is destruction of property
87 RUS UKR 195 an attack conducted: the noun's code, once
88 ISR LBN 190 an act of aggression committed
91 IRN USA 120 a description rejected: its target is who described
92 IRN ISR 138 vowing to keep up attacks threatens force
93 MEX USA 1312 a response promised if someone imposes tariffs threatens sanctions
94 IRN ISR 138 a response promised if someone attacks threatens force
95 USAGOV JPN 051 describing someone as an ally praises them
96 INDMIL AUS 042 being in a country to discuss something is a visit
97 KENGOV USAGOV 040 talks that are why someone is here are theirs
98 ARM AZE 036 talks due to begin are announced
99 NOR ISR 163 a boycott announced is the announcer's
100 IRQMIL IRN 195 sorties flown against someone
102 RUS GBR 112 a second predicate that repeats the outer auxiliary (parsed under the reported clause)
103 USA POL 062 arms sold to a country
104 EGY ISR 051 welcoming an agreement praises its parties
105 CHN USA 111 an act said to harm relations: criticism of its author
106 CHN AUS 111 hitting out at someone is words, not blows
107 PRK KOR 130 a response vowed is a threat
108 INDGOV CHNGOV 040 a meeting on the sidelines of a summit is between who met
108 CHNGOV INDGOV 040 the other way
109 KENCOP KENCVL 175 tear gas fired at protesters is repression
110 AFGGOV AFGCVL 172 barring people from something
111 IND PAK 040 the verb after a relative clause (read as a participle) with its object
111 PAK IND 040 the other way
112 PHLGOV CHN 112 a verb read as a participle in a sentence with no other
113 TUR GRC 036 talks agreed on are an intent, not talks
114 USA UKR 072 aid for someone goes to them
115 IRN ISR 137 a vow to punish threatens
116 COL VEN 190 force in response to an attack is aimed at its author
116 VEN COL 190 the attack answered is a fact of its own
117 IRN ISR 195 what an attack's participle damages is its target
118 CHN GBR 111 coming under fire from someone for something: their criticism
119 USA PAK 163 sanctions faced from someone: theirs
120 DNK UKR 072 weapons received from someone: their aid
121 ZAF ISR 111 a possessor's condemnation of someone
122 NER USA 160 ending cooperation with someone reduces relations
123 KEN IGOAFRAFU 02 a request for help
124 RUS UKR 138 a threat named by a noun says which by its infinitive
127 ARMMIL AZE 19 fire on what a country's possessive names ('its' is not the plural forces)
128 FRA UKR 0334 an offer to escort someone's ships offers protection
129 FRA GRC 074 escorting someone's ships protects them
130 AUSGOV INDGOV 051 an opening participle read as the subject, the subject as an apposition
130 INDGOV AUSGOV 040 speaking after a meeting with someone meets them
131 CHN USA 1312 a vow with no target answers what its author condemned; against tariffs a trade threat
132 CHN USA 1312 retaliation against tariffs is a trade threat
133 JPN KOR 03 an accord of both subjects is between them
133 KOR JPN 03 an accord of both subjects is between them (second side)
134 LAO JPN 03 an accord made with someone is theirs too
135 INDGOV RUSGOV 040 a meeting is not dated by the visit after it
135 INDGOV USAGOV 036 a visit the meeting is ahead of is still to come, by the subject ('his')
136 USAGOV FRA 036 a visit something is ahead of is still to come
138 USA TWN 062 an arms sale approved is the approver's, money in its phrase no aid
138 CHN USA 111 a participle with no subject draws condemnation for its clause's subject
139 HUNGOV UKRGOV 11 summoning an ambassador is a complaint
140 GEOCVL GEO 14 a crowd named by its size is the people of the place it rallies in
141 IRQCVL SWEGOV 145 force by protesters is a violent protest
142 ISR ARE 057 striking a deal is an agreement
143 ISR ARE 057 the deal someone struck, its clause read as the sentence's
144 SYR JOR 15 a brief's own dateline, a place and a spaced hyphen, is no actor
149 AUSGOV IDNGOV 040 a clause of time the parser hung on the object has the verb's subject
153 SDNMIL SDNREB 03 a ceasefire agreed by both subjects is between them
156 IRNGOV ISR 138 a punishment vowed is a threat
157 PRK KOR 130 a warning an act prompted from someone is theirs
158 CHNMIL PHL 13 a warning with a condition another side would bring about is aimed at that side
159 CHNGOV PHL 191 ships blocked are stopped, not vetoed
160 ISR PSEEDU 19 a strike on something is force
161 FRALAB FRAGOV 143 a strike by workers is a labour strike
162 USA PHL 062 drills kicked off together are military cooperation
163 KENCVL KEN 144 people blocking roads obstruct passage in protest
166 INDGOV CHNGOV 040 a meeting's partner the parser hung on the verb after a place and a time
167 GBRGOV USAGOV 040 talks whose partner comes after a time phrase
170 ISR IRN 19 carrying out a strike on a country is force
171 USAGOV KORGOV 040 a meeting after a journey 'to' is no announced one
172 USAGOV CHN 13 a warning aimed at the condition's side
174 GRC TUR 12 being opposed to something is a stance of the subject
178 TUR SWE 12 refusing to approve until a condition is met
179 ISRGOV PSEREBGOV 040 two modifiers joined by 'and' the parser left flat are two sides
183 USALEG IGOEUREEC 111 a policy hit or attacked is criticised
EXPECT

# What did not happen gives no event: the condemnation a veto stopped, the supply that
# is denied, the aid warned against, aid halved, troops not yet sent; and no side that
# is not one (an empty code: no event at all between the two).
for bad in "25	HUN	RUS	111" "26	IRN	RUS	07" "27	USA	RUS	07" "31	POL	BLR	08" "34	USALEG	COL	07" "35	CAN	HTI	" \
  "36	DEULEG	UKRMIL	" "37	PAK	IGOUNO	" "38	KEN	IGOBUSIMF	10" "42	USAGOV	RUS	" \
  "43	KOR	JPNMILSPY	" "45	USAGOV	CHNMIL	" "46	IRN	USA	19" "50	RUS	RUSCVL	" \
  "52	MMRMIL	CHNREB	" "58	TWNGOV	USA	" "59	CHN	TWNMIL	" \
  "61	PAKOPPELI	PAKGOV	" "62	UKRMIL	RUS	192" "64	CHN	IGOBUSWTO	" "65	NLD	IDN	042" \
  "68	IRN	MHL	192" "69	ISR	PSEREB	06" "71	PHLMIL	CHN	010" "72	UKR	RUS	19" "74	USAGOV	PHLGOV	07" "78	IRN	USA	19" "84	JPNGOV	USAGOV	042" \
  "87	RUS	UKR	190" "89	CHN	RUS	12" "90	IND	RUS	12" "92	IRN	ISR	03" "98	ARM	AZE	040" "101	JPN	USA	" "104	ISR	EGY	" "106	CHN	AUS	19" "108	INDGOV	IGOCASSCO	" "110	AFGCVL	AFGEDU	" "111	IND	ARE	" "111	PAK	ARE	" "113	TUR	GRC	040" "120	UKR	DNK	" "122	NER	USA	08" "123	IGOAFRAFU	SOMREB	" "125	IRN	ISR	" "126	USAMIL	UKR	" "126	USA	UKR	" "131	CHN	USA	138" "132	CHN	USA	138" "133	JPN	KORSPY	" "133	KOR	JPNSPY	" "135	INDGOV	RUSGOV	036" "136	USAGOV	FRA	042" "137	IRN	ISR	" "138	CHN	TWN	" "138	USA	TWN	071" "139	HUNGOV	UKRGOV	104" "141	IRQCVL	SWEGOV	19" "142	ISR	ARE	19" "143	ISR	ARE	19" "144	LBN	JOR	" "145	USAGOV	USABUS	" "145	USABUS	USAGOV	" "146	JPNGOV	CHN	" "147	JPNGOV	USAGOV	" "147	JPNGOV	USA	" "148	USA	IRN	19" "148	IRN	USA	19" "151	USAGOV	CHN	" "151	USA	CHN	" "152	ISR	IRN	" "153	SDNMIL	SAU	" "153	SDNMIL	USA	" "154	UKRGOV	RUSCVL	" "154	UKRGOV	UKRCVL	" "155	PAKMIL	AFG	" "156	IRNGOV	ISR	030" "159	CHNGOV	PHL	129" "161	FRALAB	FRAGOV	19" "164	CHNMED	JPNGOV	" "164	JPNGOV	RUSGOV	" "164	JPN	RUSGOV	" "165	DEUGOV	DEU	04" "167	GBRGOV	USAGOV	051" "168	USALEG	USACVL	" "169	AUSGOV	USA	" "170	ISR	IRN	143" "171	USAGOV	KORGOV	036" "172	CHN	RUS	" "173	KENEDU	KEN	19" "175	USAGOV	USAMIL	" "176	KENGOV	KENBUS	" "178	SWE	SWEREB	" "180	UKRMIL	IRN	" "181	CHL	CHN	042" "182	USA	IND	015" "183	USALEG	IGOEUREEC	19"; do
  checks=$((checks + 1))
  IFS=$'\t' read -r sent src tgt code <<<"$bad"
  awk -F'\t' -v s="$sent" -v a="$src" -v b="$tgt" -v c="$code" \
    '$2 == s && $4 == a && $5 == b && (c == "" || index($6, c) == 1) { found = 1 } END { exit found }' "$WORK/out" ||
    fail "sentence $sent: an event $src -> $tgt $code that did not happen"
done

# The same sentence before and after a change of office: Biden is USAGOV in 2024, ELI in 2026.
printf 'Joe Biden criticised Russia.\n' >"$WORK/biden.txt"
run code "$WORK/biden.txt" --date 2024-07-12 --format tsv
expect_out "USAGOV	RUS	111" "code: Biden in office in 2024"
run code "$WORK/biden.txt" --date 2026-01-10 --format tsv
expect_out "USAELI	RUS	111" "code: Biden out of office in 2026"

# A story's people: a purpose the parser gave to "officials said"; a hyphenated name and
# a title hung on the name remembered; "he" (and "his") the person the latest sentence
# made prominent, not the one named last; talks "at a place with" someone are with
# them; a bare statement is no comment on the talks it reports; troops in a country are
# no visitors; a meeting whose dates are yet to be set is still to come.
printf '%s\n\n' "Omani Oil Minister Salim al-Aufi is in Qatar to discuss regional issues, officials said." \
  "Aufi arrived on Monday after a stopover in Kuwait, where he met Kuwait's Oil Minister Saad Barrak." \
  "Qatari television reported him saying his talks at Kuwait with Barrak went well." \
  "Kenyan troops are in Somalia to fight militants, the army said." \
  "The dates for the Aufi-Barrak meeting have yet to be set." >"$WORK/people.txt"
run code "$WORK/people.txt" --date 2024-07-12 --format tsv
expect_out "0	2024-07-12	OMNGOV	QAT	042" "code: a stay whose purpose the parser hung on 'said'"
expect_out "OMNGOV	KWT	042" "code: a hyphenated name remembered ('Aufi arrived')"
expect_out "2	2024-07-12	OMNGOV	KWTGOV	040" "code: 'his' is the prominent person; talks at a place with someone"
expect_out "2	2024-07-12	KWTGOV	OMNGOV	040" "code: talks at a place with someone (second side)"
! grep -q "QATMED" "$WORK/out" || fail "code: a bare statement reporting talks is no comment aimed at their author"
expect_out "KENMIL	SOMREB	190" "code: troops in a country to fight"
! grep -q "KENMIL	SOM	042" "$WORK/out" || fail "code: troops in a country are no visitors"
expect_out "4	2024-07-12	OMNGOV	KWTGOV	036" "code: a meeting whose dates are yet to be set"
! grep -q "^[^	]*	4	.*	040	" "$WORK/out" || fail "code: a meeting whose dates are yet to be set has not happened"

# A denied report's content is no event; a time word before a verb is no reason to
# read the verb as an adjective.
printf '%s\n\n' "Egypt denied reports that it had sent troops to Libya." \
  "Chile yesterday rejected claims by Peru that its navy had crossed the border." >"$WORK/denied.txt"
run code "$WORK/denied.txt" --date 2024-07-12 --format tsv
! grep -q "EGY	LBY" "$WORK/out" || fail "code: the content of a denied report is no event"
expect_out "CHL	PER	12" "code: 'Chile yesterday rejected claims by Peru'"

# Stopping in a place is a visit, not a cut in relations, and the place is not who
# meets; days given to act are an ultimatum, not aid; signs of an accord are none.
printf '%s\n\n' "The Indian foreign minister stopped in Dubai on his way to London." \
  "U.S. Commerce Secretary Gina Raimondo will also stop in Hong Kong to meet British officials." \
  "Israel gave Hamas 48 hours to release the hostages." \
  "The European Union has given Turkey six weeks to open its market." \
  "Investors watched for signs of accord between the United States and China." >"$WORK/stops.txt"
run code "$WORK/stops.txt" --date 2024-07-12 --format tsv
expect_out "INDGOV	ARE	042" "code: stopping in a country is a visit"
! grep -q "INDGOV	ARE	16" "$WORK/out" || fail "code: stopping in a country is no cut in relations"
expect_out "USAGOV	GBRGOV	036" "code: who stops in a place to meet someone is who meets them"
! grep -q "HKG	GBRGOV" "$WORK/out" || fail "code: the place one stops in does not meet anyone"
expect_out "ISR	PSEREB	139" "code: hours given to act are an ultimatum"
expect_out "IGOEUREEC	TUR	139" "code: weeks given to act are an ultimatum"
! grep -q "IGOEUREEC	TUR	07" "$WORK/out" || fail "code: weeks given to act are no aid"
! grep -q "	057	" "$WORK/out" || fail "code: signs of an accord are no accord"

# A state's protest "after" another's act is a complaint aimed at whoever acted; troops
# pledged "to" a country are sent there; disengaging troops is de-escalation.
printf '%s\n\n' "Japan lodged a protest after Chinese aircraft violated its airspace." \
  "Japan protested after a Chinese ship entered its waters." \
  "Chad pledged to send 500 troops to Mali." \
  "India and China agreed to disengage troops along the disputed border." \
  "Germany will send more Patriot systems to Ukraine." >"$WORK/answers.txt"
run code "$WORK/answers.txt" --date 2024-07-12 --format tsv
expect_out "JPN	CHNMIL	114" "code: a protest lodged after another country's act is aimed at whoever acted"
expect_out "JPN	CHN	114" "code: a state protesting after another's act complains (114)"
! grep -q "JPN	CHN	14" "$WORK/out" || fail "code: a state protesting after another's act does not demonstrate"
expect_out "TCD	MLI	0334" "code: troops pledged to a country"
expect_out "IND	CHN.*	0356" "code: agreeing to disengage troops is de-escalation"
! grep -q "0334.*disengage" "$WORK/out" || fail "code: troops disengaged are not troops offered"
expect_out "DEU	UKR	0332" "code: air defence systems are weapons"

# An attack the clause happens after is not its subject's; police who "fired tear gas"
# with the parser reading "police" as the root still fire it.
printf '%s\n\n' "India and Pakistan traded accusations on Friday after a deadly attack on Hindu pilgrims in Kashmir." \
  "Kenyan police fired tear gas at protesters in Nairobi on Tuesday as demonstrations over a finance bill entered a second week." >"$WORK/after.txt"
run code "$WORK/after.txt" --date 2024-07-12 --format tsv
expect_out "IND	PAK	112" "code: two sides trading accusations"
! grep -q "	190	" "$WORK/out" || fail "code: an attack the clause happens after is not its subject's"
expect_out "KENCOP	KENCVL	175" "code: police firing tear gas, parsed with 'police' the root"

# A punishment a speaker says is coming is the speaker's threat; both sides' troops of
# a clash, the first modifier misread as a noun.
printf '%s\n\n' "Iran said Israel would be punished for the killing." \
  "Clashes between Armenian and Azerbaijani troops erupted on Monday." >"$WORK/punish.txt"
run code "$WORK/punish.txt" --date 2024-07-12 --format tsv
expect_out "IRN	ISR	137" "code: a punishment the speaker says is coming is a threat"
expect_out "ARMMIL	AZEMIL	190" "code: a clash between two modifiers' troops (first side)"
expect_out "AZEMIL	ARMMIL	190" "code: a clash between two modifiers' troops (second side)"

# "their" crews are those of the boats the first verb seized, not the seizer's.
printf 'China seized three Vietnamese fishing boats and detained their crews.\n' >"$WORK/crews.txt"
run code "$WORK/crews.txt" --date 2024-07-12 --format tsv
expect_out "CHN	VNM	173" "code: 'their' crews of the boats seized before"

# A visit that names no host is to whom the visitor has just consulted; a past form
# after "had ... and" shares the perfect and its subject; whom one tells is no subject.
printf '%s\n\n' "Indian Prime Minister Narendra Modi opened talks with President Joe Biden on trade." \
  "Officials said the main purpose of Modi's trip was to discuss defence deals." \
  "The news agency said Iran had seized two Emirati boats and detained their crews." \
  "Modi told reporters he had criticised Pakistan." >"$WORK/host.txt"
run code "$WORK/host.txt" --date 2024-07-12 --format tsv
expect_out "1	2024-07-12	INDGOV	USA	042" "code: a visit with no host named is to whom the visitor consulted"
expect_out "IRN	ARE	173" "code: a conjunct after 'had' shares the perfect's subject"
! grep -q "MED	ARE	173" "$WORK/out" || fail "code: the agency reporting a seizure did not detain anyone"
expect_out "INDGOV	PAK	111" "code: 'told reporters he had criticised': the teller's criticism"

# An "-ing" word before a possessor is a participle: the main subject welcomes.
printf "Welcoming Russia's offer to hold talks, Turkey said the move was positive.\n" >"$WORK/welcome.txt"
run code "$WORK/welcome.txt" --date 2024-07-12 --format tsv
expect_out "TUR	RUS	051" "code: an opening participle tagged an adjective before a possessor"

# An intent one side is keen to carry out is that side's alone; a right to act is no
# act; an ultimatum's infinitive names no target.
printf '%s\n\n' "The United States is entitled to launch air strikes in its own defence, Britain said." \
  "The EU is eager to negotiate with Turkey over migration." \
  "Israel gave Hamas an ultimatum to free the hostages." >"$WORK/keen.txt"
run code "$WORK/keen.txt" --date 2024-07-12 --format tsv
! grep -q "	19[0-9]*	" "$WORK/out" || fail "code: being entitled to launch air strikes is no attack"
expect_out "IGOEUREEC	TUR	036" "code: an intent to negotiate the subject is eager for"
! grep -q "TUR	IGOEUREEC	036" "$WORK/out" || fail "code: the other side of an eager intent has expressed none"
expect_out "ISR	PSEREB	139" "code: an ultimatum given"
! grep -q "ISR	PSECVL" "$WORK/out" || fail "code: an ultimatum's infinitive 'to free the hostages' names no target"

# A place captured is occupied; people captured are arrested.
printf '%s\n\n' "Israel captured the Golan Heights in 1967." "Israeli forces captured two Syrians near the border." >"$WORK/capture.txt"
run code "$WORK/capture.txt" --date 2024-07-12 --format tsv
expect_out "0	2024-07-12	ISR	SYR	192" "code: a place captured is occupied"
expect_out "ISRMIL	SYR	173" "code: people captured are arrested"

# A pattern word that modifies a noun inside another clause is no pattern word ("war
# effort"); what a guess would be done for is a guess.
printf '%s\n\n' "The United States warned China against aiding Russia's war effort." \
  "Analysts said Japan might take new steps to support the U.S. dollar." >"$WORK/guess.txt"
run code "$WORK/guess.txt" --date 2024-07-12 --format tsv
expect_out "USA	CHN	130" "code: a warning against aiding a war effort"
! grep -q "USA	CHN	138" "$WORK/out" || fail "code: 'war' of 'war effort' in another clause is no threat of war"
! grep -q "JPN	USA	05" "$WORK/out" || fail "code: support a guess would give is a guess"

# Two subjects pledging each other cooperation; one subject pledging it to another.
printf '%s\n\n' "Russia and China pledged deeper cooperation." "Japan offered cooperation to the Philippines." >"$WORK/pledge.txt"
run code "$WORK/pledge.txt" --date 2024-07-12 --format tsv
expect_out "RUS	CHN	030" "code: two subjects pledging cooperation (first side)"
expect_out "CHN	RUS	030" "code: two subjects pledging cooperation (second side)"
expect_out "JPN	PHL	030" "code: cooperation offered"
! grep -q "PHL	JPN	030" "$WORK/out" || fail "code: cooperation offered is the offerer's intent alone"

# Militias backed by one country firing at another's bases are of the place they fire
# in, not of the country whose bases they hit.
printf 'Iran-backed militias launched drones at U.S. bases in Syria.\n' >"$WORK/backed.txt"
run code "$WORK/backed.txt" --date 2024-07-12 --format tsv
expect_out "SYRREB	USA	195" "code: militias firing in Syria at U.S. bases"
! grep -q "USAREB" "$WORK/out" || fail "code: the target's own phrase is no place for the attacker's country"

# Mediators mediate between the sides of the act they broker, not between themselves;
# "both sides" and "both parties" of a civil war are its two armed sides.
printf '%s\n\n' "Sudan's army and the paramilitary Rapid Support Forces agreed on Saturday to a seven-day ceasefire, according to a statement from Saudi Arabia and the United States, which brokered the talks in Jeddah." \
  "The statement said both sides had committed to facilitating the delivery of humanitarian aid." \
  "Egypt's president called on both parties to respect the truce." >"$WORK/broker.txt"
run code "$WORK/broker.txt" --date 2023-05-20 --format tsv
expect_out "SAU	SDNMIL	045" "code: a broker mediates between the sides of the act brokered"
expect_out "USA	SDNREB	045" "code: a second broker, the second side"
! grep -q "SAU	USA	0\|USA	SAU	0" "$WORK/out" || fail "code: co-brokers are no sides of the talks"
expect_out "EGYGOV	SDNREB	020" "code: 'both parties' of a civil war are its two sides"
! grep -q "EGYPTY" "$WORK/out" || fail "code: 'both parties' are no political party"

# Readiness for talks is one side's intent; representations lodged with a country are
# a complaint against it (with a body such as the WTO, against whom it is over).
printf '%s\n\n' "The Kremlin said it was ready for talks with Kyiv." \
  "Beijing lodged stern representations with Washington over the sale of fighter jets to Taiwan." \
  "China filed a complaint with the WTO over U.S. export controls." >"$WORK/ready.txt"
run code "$WORK/ready.txt" --date 2024-07-12 --format tsv
expect_out "RUSGOV	UKR	036" "code: ready for talks, the speaker of 'it'"
! grep -q "UKR	RUSGOV	036" "$WORK/out" || fail "code: readiness for talks is one side's"
expect_out "CHN	USAGOV	114" "code: representations lodged with a country"
! grep -q "CHN	TWN" "$WORK/out" || fail "code: what a complaint to a country is over is not its target"
expect_out "CHN	USA	114" "code: a complaint filed with the WTO is against whom it is over"

# Sanctions called for are threatened (1312); what someone is urged to do has not
# happened, also when the parser hangs the infinitive on the one urged.
printf '%s\n\n' "The U.S. Senate called for sanctions against Japan." \
  "American lawmakers urged the administration to impose sanctions on Japan." >"$WORK/urged.txt"
run code "$WORK/urged.txt" --date 1987-04-01 --format tsv
expect_out "USALEG	JPN	1312" "code: sanctions called for are threatened"
expect_out "USALEG	USAGOV	020" "code: lawmakers urging the administration"
! grep -q "USAGOV	JPN	16" "$WORK/out" || fail "code: sanctions the administration is urged to impose are not imposed"

# The aid an intent provides says which intent it is.
printf '%s\n\n' "NATO leaders agreed to provide Ukraine with 40 billion euros in military aid next year." \
  "Japan pledged to provide humanitarian aid to Turkey." \
  "Germany promised to provide 500 million euros to Ukraine." >"$WORK/aidkinds.txt"
run code "$WORK/aidkinds.txt" --date 2024-07-12 --format tsv
expect_out "UKR	0332" "code: military aid promised"
expect_out "JPN	TUR	0333" "code: humanitarian aid pledged"
expect_out "DEU	UKR	0331" "code: money promised"

# A pattern word that modifies a noun making it another thing is no pattern word.
printf "China's coast guard said it took control measures against Philippine vessels.\n" >"$WORK/measures.txt"
run code "$WORK/measures.txt" --date 2024-07-12 --format tsv
! grep -q "	192	" "$WORK/out" || fail "code: 'control measures' taken are no territory taken under control"

# A named group after "the government of X and" is the government's counterpart, not
# part of the country it governs, and takes none of its roles.
printf '%s\n\n' "The government of Colombia and the National Liberation Army resumed peace negotiations on Monday in Mexico City." \
  "Talks between the government of Sudan and the Rapid Support Forces collapsed." >"$WORK/ofand.txt"
run code "$WORK/ofand.txt" --date 2023-02-13 --format tsv
expect_out "COLGOV	COLREB	04" "code: a government and the armed group named after it (first side)"
expect_out "COLREB	COLGOV	04" "code: a government and the armed group named after it (second side)"
! grep -q "COLREBGOV" "$WORK/out" || fail "code: the armed group takes no role of the government"
expect_out "SDNGOV	SDNREB	04" "code: talks between a government and a group whose name the tagger read as common nouns"
! grep -q "SDNREBGOV" "$WORK/out" || fail "code: the group takes no role of the government"

# Protesters against "the government" of a story about their country protest their own.
printf "Thousands of Serbians marched in Belgrade against the government's mining plans.\n" >"$WORK/protest.txt"
run code "$WORK/protest.txt" --date 2024-07-12 --format tsv
expect_out "SRB	SRBGOV	141" "code: protesters against the government protest their own"

# A dateline with the place's country and no agency: the country of the story's police.
printf 'NAIROBI, Kenya \xE2\x80\x94 Police arrested opposition leaders on Monday.\n' >"$WORK/dl.txt"
run code "$WORK/dl.txt" --date 2024-07-12 --format tsv
expect_out "KENCOP	KENOPP	173" "code: a dateline 'CITY, Country --' gives the story its country"

# A story whose text is a headline: its noun-looking verb and its comma list are read
# as a title's are.
printf 'India, Japan agree to boost defence ties\n' >"$WORK/hl1.txt"
run code "$WORK/hl1.txt" --date 2024-07-12 --format tsv
expect_out "IND	JPN	03" "code: a headline's comma list as the story's text (first side)"
expect_out "JPN	IND	03" "code: a headline's comma list as the story's text (second side)"
printf 'Philippines protests Chinese water cannon attack\n' >"$WORK/hl2.txt"
run code "$WORK/hl2.txt" --date 2024-07-12 --format tsv
expect_out "PHL	CHN	114" "code: a headline's verb read as a noun by the tagger"

printf 'Russia, Ukraine swap hundreds of prisoners of war\n' >"$WORK/hl4.txt"
run code "$WORK/hl4.txt" --date 2024-07-12 --format tsv
expect_out "RUS	UKR	0841" "code: a headline's prisoner swap (first side)"
expect_out "UKR	RUS	0841" "code: a headline's prisoner swap (second side)"
printf 'North Korea fires ballistic missile toward Sea of Japan\n' >"$WORK/hl5.txt"
run code "$WORK/hl5.txt" --date 2024-07-12 --format tsv
! grep -q "PRK	JPN" "$WORK/out" || fail "code: the Sea of Japan is a sea, not Japan"
printf 'Kenyan police fire tear gas at anti-tax protesters\n' >"$WORK/hl6.txt"
run code "$WORK/hl6.txt" --date 2024-07-12 --format tsv
expect_out "KENCOP	KENCVL	175" "code: a headline's verb after 'police'"

printf 'Biden hosts Japanese, Philippine leaders at White House summit\n' >"$WORK/hl7.txt"
run code "$WORK/hl7.txt" --date 2024-07-12 --format tsv
expect_out "USAGOV	PHLGOV	043" "code: a headline's comma list of adjectives (the second)"

printf 'Putin and Xi pledge deeper partnership at Beijing summit\n' >"$WORK/hl8.txt"
run code "$WORK/hl8.txt" --date 2024-07-12 --format tsv
expect_out "RUSGOV	CHNGOV	03" "code: a headline's lower-case verb the tagger read as part of a name"

printf 'Iran Summons British Envoy Over Sanctions\n' >"$WORK/hl3.txt"
run code "$WORK/hl3.txt" --date 2024-07-12 --format tsv
expect_out "IRN	GBRGOV	114" "code: a headline in title case"

# A denial that names no accuser answers the story's latest accusation of its side.
printf 'The Bolivian army accused Peru of shelling border villages.\nLima dismissed the charges as baseless.\n' >"$WORK/deny.txt"
run code "$WORK/deny.txt" --date 1987-03-01 --format tsv
expect_out "PER	BOLMIL	120" "code: 'dismissed the charges' answers the story's accuser"
printf 'The Bolivian army accused Peru of shelling border villages.\nChile rejected the charges.\n' >"$WORK/deny2.txt"
run code "$WORK/deny2.txt" --date 1987-03-01 --format tsv
! grep -q "CHL	BOLMIL	12" "$WORK/out" || fail "code: a denial answers only an accusation aimed at its own side"

# A first name of its own makes a dictionary surname someone else: "Luis Ortega".
printf 'Peruvian Foreign Minister Luis Ortega arrived in Santiago on Monday for two days of talks.\n' >"$WORK/surname.txt"
run code "$WORK/surname.txt" --date 1987-03-01 --format tsv --allow-null-actors
expect_out "PERGOV" "code: a surname after another first name is not the dictionary person"
! grep -q "NICGOV" "$WORK/out" || fail "code: 'Luis Ortega' read as Daniel Ortega"
printf 'Finance minister Paulo Lima criticised Chile on Monday.\n' >"$WORK/placename.txt"
run code "$WORK/placename.txt" --date 1995-03-01 --format tsv --allow-null-actors
! grep -q "^[^	]*	[^	]*	[^	]*	PER" "$WORK/out" || fail "code: 'Paulo Lima' read as Peru's capital"
printf 'President Danial Ortega criticised Honduras on Monday.\n' >"$WORK/surname2.txt"
run code "$WORK/surname2.txt" --date 1987-03-01 --format tsv
expect_out "NICGOV	HND	111" "code: a misspelt first name of the person's own keeps the surname theirs"

# A person whose country only the sentence's nationality word gave is remembered with it.
printf 'Peruvian Foreign Minister Luis Ortiz criticised Chile on Monday.\nOrtiz also criticised Bolivia.\n' >"$WORK/ortiz.txt"
run code "$WORK/ortiz.txt" --date 1987-03-01 --format tsv
expect_out "PERGOV	BOL	111" "code: a person given a country by the sentence is that person later"

# Adjectives of stance after "be": the holder the source, the "of" phrase the target.
printf 'Berlin has been sharply critical of Beijing'"'"'s trade policy.\nCanada is supportive of the Mexican plan.\nThe weather was critical.\n' >"$WORK/stance.txt"
run code "$WORK/stance.txt" --date 2024-07-12 --format tsv
expect_out "DEU	CHN	111" "code: 'was critical of' criticises"
expect_out "CAN	MEX	051" "code: 'is supportive of' supports"
expect_out_lines 2 "code: 'critical' with no one it is about codes nothing"

# Readiness is announced like "will": a conditional threat.
printf 'Chile is prepared to retaliate if Peru raises the tariff.\n' >"$WORK/ready.txt"
run code "$WORK/ready.txt" --date 2024-07-12 --format tsv
expect_out "CHL	PER	13" "code: 'was prepared to retaliate if X ...' threatens X"

# An event noun on a clause whose subject is a pronoun takes whom the verb resolved it to.
printf 'Indian Prime Minister Rajiv Gandhi arrived in Nepal on Monday.\nHe had flown to Kathmandu from talks with Chinese Premier Li Peng in Beijing.\n' >"$WORK/pronnoun.txt"
run code "$WORK/pronnoun.txt" --date 1987-03-01 --format tsv
expect_out "INDGOV	CHNGOV	040" "code: 'he had flown from talks with X': the talks are his"

# Force that answers force: who repelled an offensive used force on its author, and the
# offensive was aimed at who repelled it (a pronoun of the clause is the verb's subject).
printf 'Ethiopia said its troops killed 300 Eritrean soldiers as they crushed the latest Eritrean offensive near the border.\n' >"$WORK/repel.txt"
run code "$WORK/repel.txt" --date 1999-03-01 --format tsv
expect_out "ERI	ETHMIL	190" "code: an offensive crushed was aimed at who crushed it"
printf 'Ethiopian troops repelled an Eritrean assault on the town.\n' >"$WORK/repel2.txt"
run code "$WORK/repel2.txt" --date 1999-03-01 --format tsv
expect_out "ETHMIL	ERI	190" "code: repelling an assault is force against its author"

# Ground taken in a war is occupied: heights, hills and outposts are places too.
printf 'Eritrean troops attacked Ethiopian positions on Monday.\nEthiopia said Eritrea had seized three hilltops in a western push.\n' >"$WORK/heights.txt"
run code "$WORK/heights.txt" --date 1999-03-01 --format tsv
expect_out "ERI	ETH	192" "code: heights seized in the story's war are occupied"
printf 'Ethiopian troops captured the Eritrean town of Barentu.\nRebels captured two Chilean soldiers.\n' >"$WORK/ground.txt"
run code "$WORK/ground.txt" --date 1999-03-01 --format tsv
expect_out "ETHMIL	ERI	192" "code: a town captured is occupied"
expect_out "	173	" "code: soldiers captured are detained"

# An act said to be all that is left is announced, a threat: not force used.
printf 'Malaysia would have no alternative but to retaliate against Indonesia.\nMalaysia said its only option was to retaliate against Indonesia.\n' >"$WORK/resort.txt"
run code "$WORK/resort.txt" --date 1995-03-01 --format tsv
expect_out_lines 2 "code: two threats of last resort"
! grep -q "	190	" "$WORK/out" || fail "code: 'no choice but to retaliate' coded as force used"
# A warning whose content names the warner's own side is aimed at whom the content's act is.
printf "Malaysia's foreign minister warned that Malaysia would impose sanctions on Indonesia.\n" >"$WORK/warncontent.txt"
run code "$WORK/warncontent.txt" --date 1995-03-01 --format tsv
expect_out "MYSGOV	IDN	1312" "code: a warning aimed at the target of its content's act"

# Force on a thing whose owner only a possessive says: "raids on two of its bases".
printf "Libya's foreign minister condemned the French raids on two of its air bases.\n" >"$WORK/itsthing.txt"
run code "$WORK/itsthing.txt" --date 1987-03-01 --format tsv
expect_out "FRA	LBY	19" "code: an attack on a thing of 'its' is aimed at its owner"

# Two officials both given the story's country from memory do not meet themselves: the
# one named second is of the story's other country.
printf 'The United States is weighing trade retaliation against Brazil.\nTrade representative John Miller met Finance Minister Carlos Souza on Monday.\n' >"$WORK/counterpart.txt"
run code "$WORK/counterpart.txt" --date 1987-03-01 --format tsv
expect_out "USAGOV	BRAGOV	040" "code: an official meets the story's other country's official"
printf 'Peru will raise import tariffs on Chilean goods, the government said.\nThe ministry forwarded its draft to the cabinet on Monday.\n' >"$WORK/samegov.txt"
run code "$WORK/samegov.txt" --date 1987-03-01 --format tsv
! grep -q "CHLGOV	03" "$WORK/out" || fail "code: one government's own business given to another country"

# A measure studied inside a government is a policy option considered (014).
printf 'The U.S. is preparing options including trade reprisals against Brazil.\nAn American trade panel voted to recommend tariffs against Chile.\n' >"$WORK/options.txt"
run code "$WORK/options.txt" --date 1987-03-01 --format tsv
expect_out "USA	BRA	014" "code: drafting options against a country considers them"
expect_out "	CHL	014" "code: recommending sanctions inside a government considers them"

# Summoned to confer is a consultation; summoned over a grievance, a complaint.
printf 'The Kuwaiti ministry summoned the Iranian envoy to confer with the foreign undersecretary.\nPakistan summoned the Afghan envoy over the border clashes.\n' >"$WORK/summon.txt"
run code "$WORK/summon.txt" --date 2024-03-01 --format tsv
expect_out "IRNGOV	KWTGOV	040" "code: an envoy summoned to confer consults"
expect_out "PAK	AFGGOV	114" "code: an envoy summoned over a grievance is a complaint"

# Speaking with someone consults; speaking "of" a country or before a seminar does not.
printf 'The Japanese premier, speaking of new loans to Poland, said an accord was needed.\nBiden spoke with Xi by phone on Tuesday.\n' >"$WORK/speak.txt"
run code "$WORK/speak.txt" --date 2024-03-01 --format tsv
expect_out "USAGOV	CHNGOV	041" "code: speaking by phone with someone"
! grep -q "	POL	04" "$WORK/out" || fail "code: 'speaking of loans to Poland' read as a meeting with Poland"

# A light verb's patterns do not reach into the clause of a verb with a code of its own;
# a statement made in a capital is not made to that country; "his opposition to X" is
# a stance, not the opposition party.
printf 'The Kenyan president continued to oppose a summit with Uganda.\nThe Iranian premier told reporters at a briefing in Damascus that the war would go on.\nThe spokesman said the president was not changing her opposition to the levy.\n' >"$WORK/light.txt"
run code "$WORK/light.txt" --date 1987-10-20 --format tsv
! grep -q "	040	" "$WORK/out" || fail "code: 'continued to oppose a summit' continued a summit"
! grep -q "	SYR	" "$WORK/out" || fail "code: 'told reporters in Damascus' told Syria"
! grep -q "OPP	" "$WORK/out" || fail "code: 'her opposition to the levy' read as the opposition"

# An attack on a policy, a plan or a remark is criticism; a state's strike on another
# country is force, a union's strike a labour strike.
printf "Brazil's finance minister attacked the rise in Argentine lending rates.\nPakistan launched a strike against Afghanistan.\n" >"$WORK/words.txt"
run code "$WORK/words.txt" --date 1987-10-20 --format tsv
expect_out "	111	" "code: attacking a rise in rates criticises"
expect_out "PAK	AFG	190" "code: a state's strike against another country is force"
printf 'French workers launched a strike against the government.\n' >"$WORK/labour.txt"
run code "$WORK/labour.txt" --date 1987-10-20 --format tsv
expect_out "FRALAB	FRAGOV	143" "code: workers' strike is a labour strike"
! grep -q "	19[0-9]	.*rise in" "$WORK/out" || fail "code: attacking a rise in rates coded as force"

# An act said to be aimed at someone is aimed at them.
printf "Turkey's air strikes were aimed chiefly at Kurdish rebel camps.\n" >"$WORK/aimed.txt"
run code "$WORK/aimed.txt" --date 1987-10-20 --format tsv
expect_out "TUR	TURREB	195" "code: air strikes aimed at camps"

# An act a condition asks to stop has not happened, nor its conjuncts.
printf 'Chad declared a truce on condition that Sudan stop attacking Chadian villages and shelling its towns.\n' >"$WORK/stopcond.txt"
run code "$WORK/stopcond.txt" --date 1987-03-01 --format tsv
! grep -q "SDN	TCD	19" "$WORK/out" || fail "code: 'on condition that X stop attacking' coded as an attack"

# A coup is force against the government; foiling one is force against its authors.
printf 'Gambian troops foiled a coup attempt by rebel soldiers.\nThe deal was a marketing coup for the company.\n' >"$WORK/coup.txt"
run code "$WORK/coup.txt" --date 1999-03-01 --format tsv
expect_out "GMBMIL	GMBREBMIL	190" "code: troops foiling a coup attempt"
expect_out_lines 2 "code: a marketing coup is no event"

# An offer or proposal naming only its author is made to the story's partner of it.
printf 'India and Pakistan held border talks in Delhi on Monday.\nIndian officials said the new Pakistani proposal removed a barrier to agreement.\n' >"$WORK/proposal.txt"
run code "$WORK/proposal.txt" --date 2024-03-01 --format tsv
expect_out "PAK	IND	030" "code: a proposal is made to the story's partner of its author"

# Leaving for a place sets out on a visit there; leaving a body is no visit.
printf 'The Indian minister left for Beijing on Sunday.\nBritain left the European Union.\n' >"$WORK/leave.txt"
run code "$WORK/leave.txt" --date 2024-03-01 --format tsv
expect_out "INDGOV	CHN	042" "code: 'left for Beijing' is a visit to China"
expect_out_lines 1 "code: 'left the European Union' is no visit"

# A host to be is a meeting announced (036), not a mediation.
printf "Biden to host Kenya's Ruto for state visit\n" >"$WORK/tohost.txt"
run code "$WORK/tohost.txt" --date 2024-03-01 --format tsv
expect_out "USAGOV	KEN	036" "code: 'to host' announces a meeting"

# A cessation of hostilities is a ceasefire.
printf 'Ethiopia and the rebels agreed to a cessation of hostilities.\n' >"$WORK/cessation.txt"
run code "$WORK/cessation.txt" --date 2022-11-03 --format tsv
expect_out "ETH	ETHREB	0356" "code: agreeing to a cessation of hostilities"

# Met by fire is no meeting; recognising that something is so is no recognition; talks
# a visit announced is for are coded with it; "F-1 fighters" names no person "F".
printf 'Iranian troops launched an assault on Monday.\nAn Iraqi statement said "the attackers had been met by fierce barrages of artillery and rocket fire."\n' >"$WORK/metby.txt"
run code "$WORK/metby.txt" --date 1987-03-01 --format tsv
! grep -q "	040	" "$WORK/out" || fail "code: 'met by barrages of artillery' read as a meeting"
printf '"I recognise that the weak peso has hurt Mexican exporters," the Canadian minister said.\n' >"$WORK/recognise.txt"
run code "$WORK/recognise.txt" --date 1987-03-01 --format tsv
! grep -q "	054	" "$WORK/out" || fail "code: 'recognise that' read as diplomatic recognition"
printf 'Indonesian Trade Minister Budi Santoso said exports would rise.\nSantoso was due to leave tonight for Canberra for trade talks with Australian officials.\n' >"$WORK/leavetalks.txt"
run code "$WORK/leavetalks.txt" --date 1987-03-01 --format tsv
expect_out "IDNGOV	AUS	036" "code: a visit announced"
expect_out "IDNGOV	AUSGOV	036" "code: the talks an announced visit is for"

# The place of talks goes, not the partner the talks name: "at talks with Germany in
# Vienna tomorrow" (the parse hangs the place on the partner's phrase).
printf 'The president said France would present a draft accord at talks with Germany in Vienna tomorrow.\n' >"$WORK/talksplace.txt"
run code "$WORK/talksplace.txt" --date 1987-03-01 --format tsv
expect_out "FRA	DEU	03" "code: a partner of talks with their place after it"

# A pattern's weapons are not a modifier of what a noun is about: an accord on missile
# cuts offers no missiles.
printf 'France offered Germany a draft accord on short-range missile cuts.\n' >"$WORK/about.txt"
run code "$WORK/about.txt" --date 1987-03-01 --format tsv
! grep -q "	0332	" "$WORK/out" || fail "code: 'an accord on missile cuts' read as an offer of weapons"

# Every JSON Lines event says how far to trust it; --min-confidence keeps the surer ones.
printf 'Russian forces shelled Kharkiv overnight.\n' >"$WORK/conf.txt"
run code "$WORK/conf.txt" --date 2024-07-12
expect_out '"confidence":0.90' "code: a verb's own subject and object give confidence 0.90"
run code "$WORK/conf.txt" --date 2024-07-12 --min-confidence 0.95
expect_rc 0 "code --min-confidence 0.95"
[ ! -s "$WORK/out" ] || fail "code --min-confidence 0.95 kept an event of confidence 0.90"
run code "$WORK/conf.txt" --date 2024-07-12 --min-confidence 1.5
expect_rc 2 "code --min-confidence out of range is a usage error"
finish
