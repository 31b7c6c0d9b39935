// The real-news gold reader: records, events, and errors naming the line.
#include "dyad/event_eval.hpp"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(GoldEvents, ReadsRecordsInOrder) {
  auto g = parse_gold_events(
      "{\"id\": \"a-1\", \"doc\": \"s.json#3\", \"date\": \"2024-07-11\", \"text\": \"Valdoria  accused Ostrava.\","
      " \"events\": [{\"source\": \"VAL\", \"target\": \"OST\", \"cameo\": \"112\", \"why\": \"accused\"}]}\n"
      "\n"
      "{\"id\": \"a-2\", \"doc\": \"s.json#3\", \"text\": \"Nothing happened.\", \"events\": []}\n",
      "gold.jsonl");
  ASSERT_TRUE(g.ok()) << g.message();
  ASSERT_EQ(g->size(), 2u);
  EXPECT_EQ((*g)[0].doc, "s.json#3");
  EXPECT_EQ((*g)[0].date.iso(), "2024-07-11");
  ASSERT_EQ((*g)[0].events.size(), 1u);
  EXPECT_EQ((*g)[0].events[0].cameo, "112");
  EXPECT_EQ((*g)[1].line, 3u);
  EXPECT_TRUE((*g)[1].events.empty());
}

TEST(GoldEvents, ErrorsNameTheLine) {
  auto bad = parse_gold_events("{\"id\": \"a\", \"doc\": \"s.json#1\", \"text\": \"t\", \"events\": []}\n{oops\n", "g.jsonl");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("g.jsonl:2"), std::string::npos);
  auto no_code = parse_gold_events(
      "{\"doc\": \"s.json#1\", \"text\": \"t\", \"events\": [{\"source\": \"A\", \"target\": \"B\"}]}\n", "g.jsonl");
  ASSERT_FALSE(no_code.ok());
  EXPECT_NE(no_code.message().find("cameo"), std::string::npos);
  auto no_index = parse_gold_events("{\"doc\": \"s.json\", \"text\": \"t\", \"events\": []}\n", "g.jsonl");
  EXPECT_FALSE(no_index.ok());
}

TEST(GoldEvents, CollapseWhitespace) {
  EXPECT_EQ(collapse_whitespace("  Iran\n said\t\tit   would. "), "Iran said it would.");
  EXPECT_EQ(collapse_whitespace(""), "");
}

}  // namespace
}  // namespace dyad
