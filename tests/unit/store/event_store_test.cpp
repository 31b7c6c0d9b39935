// EventStore: writing documents with events, replacing them, querying with filters,
// deduplication and time-series statistics, and refusing files that are not stores.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.hpp"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class EventStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad-store-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  static Event event(const std::string& src, const std::string& tgt, const std::string& cameo, const std::string& date,
                     uint32_t sentence, double goldstein) {
    Event e;
    e.source.code = src;
    e.target.code = tgt;
    e.cameo = cameo;
    e.root = cameo.substr(0, 2);
    e.quad = e.root < "06" ? 1 : e.root < "10" ? 2 : e.root < "15" ? 3 : 4;
    e.goldstein = goldstein;
    e.date = Date::parse_iso(date).value_or(Date());
    e.sentence = sentence;
    e.text = "sentence " + std::to_string(sentence) + " about " + src + " and " + tgt;
    return e;
  }

  // Writes a document whose text has one sentence per event.
  void put(EventStore& store, const std::string& id, const std::string& url, std::vector<Event> events,
           const std::string& version = "v1") {
    Document d;
    d.id = id;
    d.url = url;
    d.date = events.empty() ? Date() : events[0].date;
    AnalyzedDocument a;
    for (size_t i = 0; i < events.size(); ++i) {
      uint32_t b = static_cast<uint32_t>(d.text.size());
      std::string s = events[i].text;
      d.text += s + " ";
      Token t;
      t.span = {b, b + static_cast<uint32_t>(s.size())};
      t.flags = kSpaceAfter;
      a.tokens.push_back(t);
      Sentence sen;
      sen.first_token = static_cast<uint32_t>(i);
      sen.token_count = 1;
      sen.span = t.span;
      a.sentences.push_back(sen);
      events[i].doc_id = id;
      events[i].sentence = static_cast<uint32_t>(i);
    }
    CodedDocument cd{&d, &a, std::move(events), {{0, "CHN", "China"}}};
    ASSERT_TRUE(store.begin().ok());
    Status st = store.put_document(cd, version, false);
    ASSERT_TRUE(st.ok()) << st.message();
    ASSERT_TRUE(store.commit().ok());
  }

  std::vector<Event> query(EventStore& store, const EventQuery& q) {
    std::vector<Event> out;
    Status st = store.query_events(q, [&](const Event& e) { out.push_back(e); });
    EXPECT_TRUE(st.ok()) << st.message();
    return out;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(EventStoreTest, WritesAndFiltersEvents) {
  auto store = EventStore::open(path_);
  ASSERT_TRUE(store.ok()) << store.message();
  put(**store, "a", "https://one.example/a",
      {event("CHN", "IGOWSTNAT", "112", "2024-07-11", 0, -2.0), event("IGOWSTNAT", "CHNGOV", "111", "2024-07-10", 0, -2.0)});
  put(**store, "b", "https://two.example/b", {event("AUS", "IGOWSTNAT", "042", "2024-07-12", 0, 1.9)});

  EXPECT_EQ(query(**store, {}).size(), 3u);
  EventQuery q;
  q.source = "CHN";
  auto r = query(**store, q);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cameo, "112");
  q = {};
  q.target = "CHN";  // prefix: CHNGOV
  EXPECT_EQ(query(**store, q).size(), 1u);
  q = {};
  q.root = "11";
  EXPECT_EQ(query(**store, q).size(), 2u);
  q = {};
  q.since = "2024-07-11";
  q.until = "2024-07-11";
  EXPECT_EQ(query(**store, q).size(), 1u);
  q = {};
  q.text = "AUS";
  r = query(**store, q);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].doc_id, "b");
  // Ordered by date.
  r = query(**store, {});
  EXPECT_EQ(r[0].date.iso(), "2024-07-10");
  auto totals = (*store)->totals();
  ASSERT_TRUE(totals.ok());
  EXPECT_EQ(totals->documents, 2u);
  EXPECT_EQ(totals->events, 3u);
}

TEST_F(EventStoreTest, ReplacingADocumentLeavesNoDuplicates) {
  auto store = EventStore::open(path_);
  ASSERT_TRUE(store.ok());
  put(**store, "a", "", {event("CHN", "RUS", "051", "2024-07-11", 0, 3.5), event("CHN", "RUS", "051", "2024-07-11", 1, 3.5)});
  put(**store, "a", "", {event("CHN", "RUS", "057", "2024-07-11", 0, 8.0)}, "v2");
  auto r = query(**store, {});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].cameo, "057");
  auto coded = (*store)->coded_documents();
  ASSERT_TRUE(coded.ok());
  EXPECT_EQ(coded->at("a"), "v2");
}

TEST_F(EventStoreTest, DeduplicatesByStoryAndByDay) {
  auto store = EventStore::open(path_);
  ASSERT_TRUE(store.ok());
  put(**store, "a", "https://one.example/a",
      {event("CHN", "IGOWSTNAT", "112", "2024-07-11", 0, -2), event("CHN", "IGOWSTNAT", "112", "2024-07-11", 1, -2)});
  put(**store, "b", "https://two.example/b", {event("CHN", "IGOWSTNAT", "112", "2024-07-11", 0, -2)});
  put(**store, "c", "https://two.example/c", {event("CHN", "IGOWSTNAT", "112", "2024-07-12", 0, -2)});
  EventQuery q;
  q.dedup = Dedup::Story;
  EXPECT_EQ(query(**store, q).size(), 3u);
  q.dedup = Dedup::Day;
  auto r = query(**store, q);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].date.iso(), "2024-07-11");
  EXPECT_EQ(r[0].mentions, 3u);
  EXPECT_EQ(r[0].articles, 2u);
  EXPECT_EQ(r[0].sources, 2u);  // one.example and two.example
  EXPECT_EQ(r[1].mentions, 1u);
}

TEST_F(EventStoreTest, StatsPerDayWeekAndMonth) {
  auto store = EventStore::open(path_);
  ASSERT_TRUE(store.ok());
  put(**store, "a", "", {event("CHN", "USA", "112", "2024-07-08", 0, -2.0), event("CHN", "USA", "051", "2024-07-10", 1, 3.5)});
  put(**store, "b", "", {event("USA", "CHN", "172", "2024-07-15", 0, -5.0)});
  std::vector<StatsRow> rows;
  StatsQuery q;
  q.by = Period::Week;
  ASSERT_TRUE((*store)->query_stats(q, [&](const StatsRow& r) { rows.push_back(r); }).ok());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].period, "2024-07-08");  // the Monday
  EXPECT_EQ(rows[0].events, 2u);
  EXPECT_DOUBLE_EQ(rows[0].goldstein_sum, 1.5);
  EXPECT_DOUBLE_EQ(rows[0].goldstein_mean, 0.75);
  EXPECT_EQ(rows[1].period, "2024-07-15");
  rows.clear();
  q.by = Period::Month;
  q.source = "CHN";
  q.by_quad = true;
  ASSERT_TRUE((*store)->query_stats(q, [&](const StatsRow& r) { rows.push_back(r); }).ok());
  ASSERT_EQ(rows.size(), 2u);  // quad 1 and quad 3 in 2024-07
  EXPECT_EQ(rows[0].period, "2024-07");
  EXPECT_EQ(rows[0].group, "1");
}

TEST_F(EventStoreTest, SurvivesReopening) {
  {
    auto store = EventStore::open(path_);
    ASSERT_TRUE(store.ok());
    put(**store, "a", "", {event("CHN", "USA", "112", "2024-07-08", 0, -2.0)});
  }
  auto store = EventStore::open_existing(path_);
  ASSERT_TRUE(store.ok()) << store.message();
  EXPECT_EQ(query(**store, {}).size(), 1u);
}

TEST_F(EventStoreTest, RefusesOtherFiles) {
  EXPECT_FALSE(EventStore::open_existing((dir_ / "missing.db").string()).ok());
  // A text file.
  std::string junk = (dir_ / "junk.db").string();
  FILE* f = std::fopen(junk.c_str(), "w");
  std::fputs("this is not a database, just some text that is long enough to look like a header......\n", f);
  std::fclose(f);
  auto r = EventStore::open(junk);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("junk.db"), std::string::npos);
  // Another application's SQLite database.
  std::string other = (dir_ / "other.db").string();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(other.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE customers(id INTEGER)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  r = EventStore::open(other);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("not a Dyad event store"), std::string::npos);
}

TEST_F(EventStoreTest, KeepsConfidenceAndUpgradesOlderStores) {
  {
    auto store = EventStore::open(path_);
    ASSERT_TRUE(store.ok()) << store.message();
    Event sure = event("CHN", "USA", "112", "2024-07-08", 0, -2.0), unsure = event("USA", "CHN", "010", "2024-07-08", 1, 0);
    sure.confidence = 0.9;
    unsure.confidence = 0.5;
    put(**store, "a", "", {sure, unsure});
    EventQuery q;
    q.min_confidence = 0.8;
    auto r = query(**store, q);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].cameo, "112");
    EXPECT_DOUBLE_EQ(r[0].confidence, 0.9);
    EXPECT_EQ(query(**store, {}).size(), 2u);
  }
  // The same store as schema 1 wrote it: no confidence column.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "ALTER TABLE events DROP COLUMN confidence; ALTER TABLE documents DROP COLUMN metadata; "
                         "ALTER TABLE events DROP COLUMN source_char_begin; ALTER TABLE events DROP COLUMN source_char_end; "
                         "ALTER TABLE events DROP COLUMN verb_char_begin; ALTER TABLE events DROP COLUMN verb_char_end; "
                         "ALTER TABLE events DROP COLUMN target_char_begin; ALTER TABLE events DROP COLUMN target_char_end; "
                         "ALTER TABLE events DROP COLUMN source_name; ALTER TABLE events DROP COLUMN target_name; "
                         "UPDATE meta SET value='1' WHERE key='schema_version';",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto schema_version = [&] {
    sqlite3* d = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &d), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(d, "SELECT value FROM meta WHERE key='schema_version'", -1, &st, nullptr), SQLITE_OK);
    EXPECT_EQ(sqlite3_step(st), SQLITE_ROW);
    std::string v = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(d);
    return v;
  };
  {
    // Queries read it as it is, and leave it so.
    auto reader = EventStore::open_existing(path_);
    ASSERT_TRUE(reader.ok()) << reader.message();
    EXPECT_EQ(query(**reader, {}).size(), 2u);
    EventQuery q;
    q.min_confidence = 0.1;
    EXPECT_TRUE(query(**reader, q).empty());
  }
  EXPECT_EQ(schema_version(), "1");
  auto store = EventStore::open(path_);
  ASSERT_TRUE(store.ok()) << store.message();
  auto all = query(**store, {});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].confidence, 0);  // unknown
  EventQuery q;
  q.min_confidence = 0.1;
  EXPECT_TRUE(query(**store, q).empty());  // unknown is not confident
  put(**store, "b", "", {event("JPN", "KOR", "040", "2024-07-09", 0, 1.0)});
  EXPECT_EQ(query(**store, {}).size(), 3u);
  EXPECT_EQ(schema_version(), "3");  // writing upgraded it, to the latest schema
}

TEST_F(EventStoreTest, KeepsCharacterOffsetsAndMetadata) {
  auto store = EventStore::open(path_);
  ASSERT_TRUE(store.ok()) << store.message();
  Event e = event("CHN", "USA", "112", "2024-07-08", 0, -2.0);
  e.source.chars = {4, 9};
  e.verb_chars = {10, 18};
  e.target.chars = {19, 22};
  Document d;
  d.id = "m";
  d.date = e.date;
  d.text = "Yes, China accused USA.";
  d.metadata = {{"desk", "\"Asia\""}, {"topics", "[\"trade\"]"}};
  CodedDocument c{&d, nullptr, {e}, {}};
  ASSERT_TRUE((*store)->begin().ok());
  ASSERT_TRUE((*store)->put_document(c, "v1", false).ok());
  ASSERT_TRUE((*store)->commit().ok());
  auto r = query(**store, {});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].source.chars, (CharSpan{4, 9}));
  EXPECT_EQ(r[0].verb_chars, (CharSpan{10, 18}));
  EXPECT_EQ(r[0].target.chars, (CharSpan{19, 22}));
  EXPECT_EQ(r[0].metadata, "{\"desk\":\"Asia\",\"topics\":[\"trade\"]}");
}

TEST_F(EventStoreTest, QueriesNeverCreateOrChangeAFile) {
  // Missing, empty, a directory, another application's database: errors, untouched.
  EXPECT_FALSE(EventStore::open_existing(path_).ok());
  EXPECT_FALSE(fs::exists(path_));
  { FILE* f = std::fopen(path_.c_str(), "w"); std::fclose(f); }
  auto r = EventStore::open_existing(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("empty file"), std::string::npos);
  EXPECT_EQ(fs::file_size(path_), 0u);
  EXPECT_FALSE(EventStore::open_existing(dir_.string()).ok());
  std::string other = (dir_ / "other.db").string();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(other.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE customers(id INTEGER)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  r = EventStore::open_existing(other);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("not a Dyad event store"), std::string::npos);
  // A store opened for queries refuses to be written to.
  fs::remove(path_);
  {
    auto w = EventStore::open(path_);
    ASSERT_TRUE(w.ok());
    put(**w, "a", "", {event("CHN", "USA", "112", "2024-07-08", 0, -2.0)});
  }
  auto reader = EventStore::open_existing(path_);
  ASSERT_TRUE(reader.ok()) << reader.message();
  Document d;
  d.id = "b";
  AnalyzedDocument a;
  CodedDocument cd{&d, &a, {}, {}};
  Status begun = (*reader)->begin();
  Status put_st = begun.ok() ? (*reader)->put_document(cd, "v", false) : begun;
  EXPECT_FALSE(put_st.ok());
}

}  // namespace
}  // namespace dyad
