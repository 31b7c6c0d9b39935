// EventDater: date expressions resolved against the document date and attached to
// the verbs they modify. Sentences written for these tests; 2024-07-12 is a Friday.
#include "coder/event_dates.hpp"

#include <gtest/gtest.h>

#include "unit/coder/graph_builder.hpp"

namespace dyad {
namespace {

using test_graphs::graph;

const Date kFriday = Date::from_number(20240712);
Date D(int32_t yyyymmdd) { return Date::from_number(yyyymmdd); }

TEST(EventDater, WeekdayIsTheLatestOneOnOrBeforeTheDocumentDate) {
  // "Valdoria accused Ostrava on Thursday."
  DepGraph g = graph({"Valdoria Valdoria PROPN 2 nsubj", "accused accuse VERB 0 root", "Ostrava Ostrava PROPN 2 obj",
                      "on on ADP 5 case", "Thursday Thursday PROPN 2 obl", ". . PUNCT 2 punct"});
  EventDater d;
  d.run(g, kFriday, Date());
  EXPECT_EQ(d.date_of(1), D(20240711));
  EXPECT_EQ(d.stated(), D(20240711));
  ASSERT_EQ(d.expressions().size(), 1u);
  EXPECT_EQ(d.expressions()[0].tb, 3u);  // "on Thursday"
  EXPECT_EQ(d.expressions()[0].te, 5u);
  // The same weekday as the document is the document's day; "last Friday" a week before.
  d.run(graph({"Valdoria Valdoria PROPN 2 nsubj", "left leave VERB 0 root", "on on ADP 4 case",
               "Friday Friday PROPN 2 obl"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(1), kFriday);
  d.run(graph({"Valdoria Valdoria PROPN 2 nsubj", "left leave VERB 0 root", "last last ADJ 4 amod",
               "Friday Friday PROPN 2 obl:tmod"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(1), D(20240705));
}

TEST(EventDater, ABareDateOnANounInAnAdverbialDatesTheNoun) {
  // "Valdoria met Ostrava ahead of its visit to Morava next week.": the visit is next
  // week, the meeting is not.
  EventDater d;
  d.run(graph({"Valdoria Valdoria PROPN 2 nsubj", "met meet VERB 0 root", "Ostrava Ostrava PROPN 2 obj",
               "ahead ahead ADV 2 advmod", "of of ADP 7 case", "its its PRON 7 nmod:poss", "visit visit NOUN 4 obl",
               "to to ADP 9 case", "Morava Morava PROPN 7 nmod", "next next ADJ 11 amod", "week week NOUN 7 nmod:unmarked"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(1), kFriday);
  EXPECT_TRUE(kFriday < d.date_of(6));
  // On the verb's object it is the verb's: "Valdoria holds talks with Ostrava next
  // week", the date hung on "Ostrava".
  d.run(graph({"Valdoria Valdoria PROPN 2 nsubj", "holds hold VERB 0 root", "talks talk NOUN 2 obj", "with with ADP 5 case",
               "Ostrava Ostrava PROPN 3 nmod", "next next ADJ 7 amod", "week week NOUN 5 nmod:unmarked"}),
        kFriday, Date());
  EXPECT_TRUE(kFriday < d.date_of(1));
}

TEST(EventDater, FutureTenseLooksAhead) {
  // "The ministers will meet on Monday."
  DepGraph g = graph({"The the DET 2 det", "ministers minister NOUN 4 nsubj", "will will AUX 4 aux",
                      "meet meet VERB 0 root", "on on ADP 6 case", "Monday Monday PROPN 4 obl"});
  EventDater d;
  d.run(g, kFriday, Date());
  EXPECT_EQ(d.date_of(3), D(20240715));
}

TEST(EventDater, RelativeWordsAndAgo) {
  EventDater d;
  d.run(graph({"Ostrava Ostrava PROPN 2 nsubj", "protested protest VERB 0 root", "yesterday yesterday NOUN 2 obl:tmod"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(1), D(20240711));
  d.run(graph({"Ostrava Ostrava PROPN 2 nsubj", "protested protest VERB 0 root", "three three NUM 4 nummod",
               "days day NOUN 5 obl:npmod", "ago ago ADV 2 advmod"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(1), D(20240709));
  d.run(graph({"Ostrava Ostrava PROPN 2 nsubj", "protested protest VERB 0 root", "last last ADJ 4 amod",
               "week week NOUN 2 obl:tmod"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(1), D(20240705));
  EXPECT_EQ(d.stated(), Date());  // vague: not a reference for later sentences
  // "Ostrava will protest next week."
  d.run(graph({"Ostrava Ostrava PROPN 3 nsubj", "will will AUX 3 aux", "protest protest VERB 0 root",
               "next next ADJ 5 amod", "week week NOUN 3 obl:tmod"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(2), D(20240719));
  // "over the past week" is a span, not a day.
  d.run(graph({"Ostrava Ostrava PROPN 2 nsubj", "protested protest VERB 0 root", "over over ADP 5 case",
               "the the DET 5 det", "past past ADJ 6 amod", "week week NOUN 2 obl"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(1), kFriday);
}

TEST(EventDater, MonthAndDay) {
  EventDater d;
  // "They met on July 9." / "... on 9 July 2023." / "May" as a modal is not a month.
  d.run(graph({"They they PRON 2 nsubj", "met meet VERB 0 root", "on on ADP 4 case", "July July PROPN 2 obl",
               "9 9 NUM 4 nummod"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(1), D(20240709));
  d.run(graph({"They they PRON 2 nsubj", "met meet VERB 0 root", "on on ADP 5 case", "9 9 NUM 5 nummod",
               "July July PROPN 2 obl", "2023 2023 NUM 5 nummod"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(1), D(20230709));
  d.run(graph({"They they PRON 3 nsubj", "may may AUX 3 aux", "meet meet VERB 0 root", "again again ADV 3 advmod"}),
        kFriday, Date());
  EXPECT_TRUE(d.expressions().empty());
  // No year, document in January: "December 30" is last year's.
  d.run(graph({"They they PRON 2 nsubj", "met meet VERB 0 root", "on on ADP 4 case", "December December PROPN 2 obl",
               "30 30 NUM 4 nummod"}),
        D(20250103), Date());
  EXPECT_EQ(d.date_of(1), D(20241230));
  // "since July 9" is a span.
  d.run(graph({"Talks talk NOUN 3 nsubj", "have have AUX 3 aux", "stalled stall VERB 0 root", "since since ADP 5 case",
               "July July PROPN 3 obl", "9 9 NUM 5 nummod"}),
        kFriday, Date());
  EXPECT_EQ(d.date_of(2), kFriday);
}

TEST(EventDater, DayAfterCountsBackFromTheReference) {
  // "The statement came a day after Valdoria labeled Ostrava an aggressor."
  DepGraph g = graph({"The the DET 2 det", "statement statement NOUN 3 nsubj", "came come VERB 0 root",
                      "a a DET 5 det", "day day NOUN 3 obl:npmod", "after after SCONJ 8 mark",
                      "Valdoria Valdoria PROPN 8 nsubj", "labeled label VERB 3 advcl", "Ostrava Ostrava PROPN 8 obj"});
  EventDater d;
  // With the previous sentence's "on Thursday" (2024-07-11) as the reference.
  d.run(g, kFriday, D(20240711));
  EXPECT_EQ(d.date_of(7), D(20240710));
  EXPECT_EQ(d.date_of(2), kFriday);  // "came" itself: the document date
  // Without a stated reference: the document date.
  d.run(g, kFriday, Date());
  EXPECT_EQ(d.date_of(7), D(20240711));
  // "Two days earlier, Valdoria had closed the border."
  d.run(graph({"Two two NUM 2 nummod", "days day NOUN 3 obl:npmod", "earlier early ADV 7 advmod", ", , PUNCT 7 punct",
               "Valdoria Valdoria PROPN 7 nsubj", "had have AUX 7 aux", "closed close VERB 0 root",
               "the the DET 9 det", "border border NOUN 7 obj"}),
        kFriday, D(20240711));
  EXPECT_EQ(d.date_of(6), D(20240709));
}

TEST(EventDater, NoDocumentDate) {
  EventDater d;
  DepGraph g = graph({"Valdoria Valdoria PROPN 2 nsubj", "accused accuse VERB 0 root", "Ostrava Ostrava PROPN 2 obj",
                      "on on ADP 5 case", "Thursday Thursday PROPN 2 obl"});
  d.run(g, Date(), Date());
  EXPECT_EQ(d.date_of(1), Date());
  d.run(graph({"They they PRON 2 nsubj", "met meet VERB 0 root", "on on ADP 4 case", "July July PROPN 2 obl",
               "9 9 NUM 4 nummod", ", , PUNCT 7 punct", "2024 2024 NUM 4 nummod"}),
        Date(), Date());
  EXPECT_EQ(d.date_of(1), D(20240709));
}

}  // namespace
}  // namespace dyad
