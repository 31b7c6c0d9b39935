// EventStore over SQLite (see include/dyad/store.hpp for the contract).
//
// Choices: WAL journal with synchronous=NORMAL (a crash can lose the last commit but
// never corrupt the file or split a document); prepared statements reused for every
// row; dates stored as ISO text so range filters are string comparisons; actor and
// code filters as GLOB prefixes so the indexes serve them; the sentence text searched
// with an FTS5 table that holds every sentence with --keep-text, and otherwise the
// sentences that produced events (whose text the events keep anyway).
#include "dyad/store.hpp"

#include <cstdio>
#include <sqlite3.h>

#include <chrono>
#include <map>
#include <set>
#include <tuple>
#include <ctime>
#include <filesystem>
#include <thread>

#include "dyad/output.hpp"
#include "base/json.hpp"

namespace dyad {

namespace {

// 2: events.confidence (added to a version-1 store when it is opened).
// 3: documents.metadata, events.*_char_begin/_char_end and *_name (added to older
//    stores).
constexpr int kSchemaVersion = 3;

const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id TEXT PRIMARY KEY, url TEXT, title TEXT, date TEXT, source TEXT, outlet TEXT, format TEXT,
  sentences INTEGER NOT NULL, events INTEGER NOT NULL, coded_with TEXT NOT NULL, coded_at TEXT NOT NULL,
  metadata TEXT);
CREATE TABLE IF NOT EXISTS sentences(
  doc_id TEXT NOT NULL, idx INTEGER NOT NULL, paragraph INTEGER, start INTEGER, end INTEGER,
  tokens INTEGER, text TEXT, PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, sentence INTEGER NOT NULL, date TEXT,
  source_code TEXT, source_text TEXT, source_begin INTEGER, source_end INTEGER, source_entry TEXT,
  target_code TEXT, target_text TEXT, target_begin INTEGER, target_end INTEGER, target_entry TEXT,
  cameo TEXT NOT NULL, root TEXT, quad INTEGER, goldstein REAL, plover TEXT, negated INTEGER,
  verb_text TEXT, verb_begin INTEGER, verb_end INTEGER, verb_entry TEXT, pattern TEXT, rule TEXT,
  issues TEXT, url TEXT, text TEXT, coded_with TEXT, confidence REAL,
  source_char_begin INTEGER, source_char_end INTEGER, verb_char_begin INTEGER, verb_char_end INTEGER,
  target_char_begin INTEGER, target_char_end INTEGER, source_name TEXT, target_name TEXT);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_source ON events(source_code);
CREATE INDEX IF NOT EXISTS events_target ON events(target_code);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
CREATE TABLE IF NOT EXISTS actors(doc_id TEXT NOT NULL, sentence INTEGER, code TEXT, text TEXT);
CREATE INDEX IF NOT EXISTS actors_doc ON actors(doc_id);
CREATE INDEX IF NOT EXISTS actors_code ON actors(code);
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5(text, doc_id UNINDEXED, idx UNINDEXED);
)sql";

std::string sqlite_message(sqlite3* db, const std::string& what) {
  return what + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
}

// A prepared statement, finalized on destruction.
class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(s_); }
  Status prepare(sqlite3* db, const std::string& sql) {
    sqlite3_finalize(s_);
    s_ = nullptr;
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr) != SQLITE_OK) {
      return make_error(sqlite_message(db, "preparing a query"));
    }
    return {};
  }
  sqlite3_stmt* get() const { return s_; }
  void reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  void bind(int i, std::string_view v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
  void bind_or_null(int i, std::string_view v) {
    if (v.empty()) sqlite3_bind_null(s_, i);
    else bind(i, v);
  }
  void bind(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  std::string text(int col) const {
    const unsigned char* t = sqlite3_column_text(s_, col);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s_, col))) : std::string();
  }
  int64_t integer(int col) const { return sqlite3_column_int64(s_, col); }
  bool is_null(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* s_ = nullptr;
};

// Runs a statement to completion (no rows expected).
Status step_done(sqlite3* db, Stmt& s, const char* what) {
  int rc = sqlite3_step(s.get());
  s.reset();
  if (rc != SQLITE_DONE) return make_error(sqlite_message(db, what));
  return {};
}

std::string join_issues(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += ';';
    out += s;
  }
  return out;
}

// GLOB pattern for a code prefix; codes are letters and digits, anything else is
// escaped by bracketing.
std::string glob_prefix(std::string_view prefix) {
  std::string g;
  for (char c : prefix) {
    if (c == '*' || c == '?' || c == '[' || c == ']') {
      g += '[';
      g += c;
      g += ']';
    } else {
      g += c;
    }
  }
  return g + '*';
}

}  // namespace

struct EventStore::Statements {
  Stmt doc_exists, del_doc, del_sentences, del_events, del_actors, del_fts;
  Stmt put_doc, put_sentence, put_event, put_actor, put_fts;
};

Result<std::unique_ptr<EventStore>> EventStore::open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = sqlite_message(db, path + ": cannot open the database");
    sqlite3_close(db);
    return make_error(msg);
  }
  std::unique_ptr<EventStore> store(new EventStore(db, path));
  // A second writer waits for the first's transaction to end (a batch may take many
  // seconds on a loaded machine: 10 s was once not enough in the test suite).
  sqlite3_busy_timeout(db, 120000);
  Status st = store->init_schema();
  if (!st.ok()) return make_error(path + ": " + st.message());
  return store;
}

Result<std::unique_ptr<EventStore>> EventStore::open_existing(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return make_error(path + ": no such database (create one with dyad ingest)");
  if (std::filesystem::is_directory(path, ec)) return make_error(path + ": a directory, not a Dyad event store");
  if (std::filesystem::file_size(path, ec) == 0 && !ec) {
    return make_error(path + ": an empty file, not a Dyad event store (create one with dyad ingest)");
  }
  // Read-only first; a WAL store on read-only media cannot be read that way (SQLite
  // needs to write its shared-memory file), and is read as immutable instead.
  Status last;
  for (bool immutable : {false, true}) {
    std::string uri = "file:";
    for (char c : path) {  // percent-encode what a URI path may not hold as is
      if (c == '?' || c == '#' || c == '%') {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
        uri += buf;
      } else {
        uri += c;
      }
    }
    if (immutable) uri += "?immutable=1";
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
      last = make_error(sqlite_message(db, path + ": cannot open the database"));
      sqlite3_close(db);
      continue;
    }
    std::unique_ptr<EventStore> store(new EventStore(db, path));
    sqlite3_busy_timeout(db, 10000);
    last = store->check_read_only();
    if (last.ok()) return store;
  }
  return make_error(path + ": " + last.message());
}

// SQLite's quick_check: a damaged store is an error that says what to do.
Status EventStore::quick_check() {
  Stmt q;
  if (Status st = q.prepare(db_, "PRAGMA quick_check"); !st.ok()) return make_error("checking the store: " + st.message());
  if (sqlite3_step(q.get()) == SQLITE_ROW && q.text(0) != "ok") {
    return make_error("the store is damaged (SQLite quick_check: " + q.text(0) +
                      "); restore it from a copy, or ingest again into a new one");
  }
  return {};
}

Status EventStore::check_read_only() {
  if (Status st = exec("PRAGMA query_only=1;"); !st.ok()) return make_error("not a usable SQLite database (" + st.message() + ")");
  Stmt m;
  if (Status st = m.prepare(db_, "SELECT value FROM meta WHERE key='schema_version'"); !st.ok()) {
    // SQLite says "no such table" for a database of another application, and "file
    // is not a database" for anything else.
    const std::string why = st.message();
    if (why.find("no such table") != std::string::npos) return make_error("not a Dyad event store (no meta table)");
    return make_error("not a usable SQLite database (" + why + ")");
  }
  if (sqlite3_step(m.get()) != SQLITE_ROW) return make_error("not a Dyad event store (no schema version)");
  const int version = std::atoi(m.text(0).c_str());
  if (version > kSchemaVersion) {
    return make_error("written by a newer Dyad (schema " + std::to_string(version) + ", this one reads " +
                      std::to_string(kSchemaVersion) + ")");
  }
  has_confidence_ = version >= 2;
  has_offsets_ = version >= 3;
  return quick_check();
}

EventStore::EventStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

EventStore::~EventStore() {
  st_.reset();
  sqlite3_close(db_);
}

Status EventStore::exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return make_error(msg);
  }
  return {};
}

Status EventStore::init_schema() {
  // Not an SQLite file, or a damaged one: the first statement says so.
  // (Switching a new store to WAL takes a lock SQLite does not wait for: a second
  // ingest opening the same new store at the same moment retries for up to 30 s.)
  for (int attempt = 0;; ++attempt) {
    Status st = exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;");
    if (st.ok()) break;
    const int code = sqlite3_errcode(db_) & 0xff;
    if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || attempt >= 600) {
      return make_error("not a usable SQLite database (" + st.message() + ")");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // Everything from the check to the last table in one write transaction: a second
  // ingest opening the same new store at the same moment waits for the schema to be
  // whole, instead of seeing half of it ("it has other tables").
  if (Status st = exec("BEGIN IMMEDIATE;"); !st.ok()) return make_error("opening the store for writing: " + st.message());
  Status created = create_schema();
  if (!created.ok()) {
    Status undone = exec("ROLLBACK;");
    (void)undone;  // the first error is the one to report
    return created;
  }
  if (Status st = exec("COMMIT;"); !st.ok()) return make_error("creating the schema: " + st.message());
  return prepare_statements();
}

Status EventStore::create_schema() {
  // A database made by something else: refuse rather than add tables to it.
  int stored_version = 0;
  {
    Stmt s;
    if (Status st = s.prepare(db_, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"); !st.ok()) {
      return make_error("not a usable SQLite database (" + st.message() + ")");
    }
    sqlite3_step(s.get());
    int64_t objects = s.integer(0);
    Stmt m;
    bool has_meta = m.prepare(db_, "SELECT value FROM meta WHERE key='schema_version'").ok();
    if (objects > 0 && !has_meta) return make_error("not a Dyad event store (it has other tables)");
    if (has_meta && sqlite3_step(m.get()) == SQLITE_ROW) {
      int version = std::atoi(m.text(0).c_str());
      if (version > kSchemaVersion) {
        return make_error("written by a newer Dyad (schema " + std::to_string(version) + ", this one reads " +
                          std::to_string(kSchemaVersion) + ")");
      }
      stored_version = version;
    }
  }
  if (stored_version > 0) {
    // A damaged store is refused before anything is written into it.
    if (Status st = quick_check(); !st.ok()) return st;
  }
  if (Status st = exec(kSchema); !st.ok()) return make_error("creating the schema: " + st.message());
  if (stored_version > 0 && stored_version < kSchemaVersion) {
    // Columns a newer schema added; rows stored before keep NULL: unknown.
    std::string migrate;
    if (stored_version < 2) migrate += "ALTER TABLE events ADD COLUMN confidence REAL; ";
    if (stored_version < 3) {
      migrate += "ALTER TABLE documents ADD COLUMN metadata TEXT; ";
      for (const char* c : {"source_char_begin", "source_char_end", "verb_char_begin", "verb_char_end",
                            "target_char_begin", "target_char_end"}) {
        migrate += std::string("ALTER TABLE events ADD COLUMN ") + c + " INTEGER; ";
      }
      migrate += "ALTER TABLE events ADD COLUMN source_name TEXT; ALTER TABLE events ADD COLUMN target_name TEXT; ";
    }
    migrate += "UPDATE meta SET value='" + std::to_string(kSchemaVersion) + "' WHERE key='schema_version';";
    if (Status st = exec(migrate.c_str()); !st.ok()) {
      return make_error("upgrading the store to schema " + std::to_string(kSchemaVersion) + ": " + st.message());
    }
  }
  std::string meta = "INSERT OR IGNORE INTO meta VALUES('application','dyad'),('schema_version','" +
                     std::to_string(kSchemaVersion) + "');";
  if (Status st = exec(meta.c_str()); !st.ok()) return st;
  return {};
}

Status EventStore::prepare_statements() {
  st_ = std::make_unique<Statements>();
  struct {
    Stmt* s;
    const char* sql;
  } prepared[] = {
      {&st_->doc_exists, "SELECT 1 FROM documents WHERE id=?1"},
      {&st_->del_doc, "DELETE FROM documents WHERE id=?1"},
      {&st_->del_sentences, "DELETE FROM sentences WHERE doc_id=?1"},
      {&st_->del_events, "DELETE FROM events WHERE doc_id=?1"},
      {&st_->del_actors, "DELETE FROM actors WHERE doc_id=?1"},
      {&st_->del_fts, "DELETE FROM sentence_fts WHERE doc_id=?1"},
      {&st_->put_doc,
       "INSERT INTO documents(id,url,title,date,source,outlet,format,sentences,events,coded_with,coded_at,metadata) "
       "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"},
      {&st_->put_sentence,
       "INSERT INTO sentences(doc_id,idx,paragraph,start,end,tokens,text) VALUES(?1,?2,?3,?4,?5,?6,?7)"},
      {&st_->put_event,
       "INSERT INTO events(doc_id,sentence,date,source_code,source_text,source_begin,source_end,source_entry,"
       "target_code,target_text,target_begin,target_end,target_entry,cameo,root,quad,goldstein,plover,negated,"
       "verb_text,verb_begin,verb_end,verb_entry,pattern,rule,issues,url,text,coded_with,confidence,"
       "source_char_begin,source_char_end,verb_char_begin,verb_char_end,target_char_begin,target_char_end,"
       "source_name,target_name) "
       "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,"
       "?30,?31,?32,?33,?34,?35,?36,?37,?38)"},
      {&st_->put_actor, "INSERT INTO actors(doc_id,sentence,code,text) VALUES(?1,?2,?3,?4)"},
      {&st_->put_fts, "INSERT INTO sentence_fts(text,doc_id,idx) VALUES(?1,?2,?3)"},
  };
  for (auto& p : prepared) {
    if (Status st = p.s->prepare(db_, p.sql); !st.ok()) return st;
  }
  return {};
}

Result<std::unordered_map<std::string, std::string>> EventStore::coded_documents() {
  std::unordered_map<std::string, std::string> out;
  Stmt s;
  if (Status st = s.prepare(db_, "SELECT id, coded_with FROM documents"); !st.ok()) return make_error(st.message());
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) out.emplace(s.text(0), s.text(1));
  if (rc != SQLITE_DONE) return make_error(sqlite_message(db_, path_ + ": reading documents"));
  return out;
}

Status EventStore::begin() { return exec("BEGIN IMMEDIATE"); }

Status EventStore::commit() {
  Status st = exec("COMMIT");
  if (!st.ok()) {
    // A write error at commit is nearly always room: a full disk or a file-size limit.
    const int code = sqlite3_errcode(db_);
    const bool room = code == SQLITE_FULL || code == SQLITE_IOERR;
    return make_error(path_ + ": commit failed: " + st.message() +
                      (room ? " (is the disk full, or the file over a size limit? the documents committed before are "
                              "kept; free space and run the ingest again to complete it)"
                            : ""));
  }
  return {};
}

Status EventStore::put_document(const CodedDocument& c, const std::string& version, bool keep_text) {
  if (!st_) return make_error(path_ + ": the store is open for queries only");
  const Document& d = *c.doc;
  Statements& s = *st_;
  // Replace an earlier coding of the same document (--recode).
  s.doc_exists.bind(1, d.id);
  bool exists = sqlite3_step(s.doc_exists.get()) == SQLITE_ROW;
  s.doc_exists.reset();
  if (exists) {
    for (Stmt* del : {&s.del_doc, &s.del_sentences, &s.del_events, &s.del_actors, &s.del_fts}) {
      del->bind(1, d.id);
      if (Status st = step_done(db_, *del, "removing an earlier coding"); !st.ok()) return st;
    }
  }
  const uint32_t n_sentences = c.analysis ? static_cast<uint32_t>(c.analysis->sentences.size()) : 0;
  s.put_doc.bind(1, d.id);
  s.put_doc.bind_or_null(2, d.url);
  s.put_doc.bind_or_null(3, c.analysis && !c.analysis->title.empty() ? c.analysis->title : d.title);
  s.put_doc.bind_or_null(4, d.date.iso());
  s.put_doc.bind_or_null(5, d.source);
  s.put_doc.bind_or_null(6, document_outlet(d));
  s.put_doc.bind_or_null(7, d.format);
  s.put_doc.bind(8, static_cast<int64_t>(n_sentences));
  s.put_doc.bind(9, static_cast<int64_t>(c.events.size()));
  s.put_doc.bind(10, version);
  s.put_doc.bind(11, coding_time());
  s.put_doc.bind_or_null(12, document_metadata_json(d));
  if (Status st = step_done(db_, s.put_doc, "storing a document"); !st.ok()) return st;

  std::vector<uint8_t> has_event(n_sentences, 0);
  for (const Event& e : c.events) {
    if (e.sentence < n_sentences) has_event[e.sentence] = 1;
  }
  if (c.analysis) {
    const AnalyzedDocument& a = *c.analysis;
    for (uint32_t i = 0; i < n_sentences; ++i) {
      const Sentence& sen = a.sentences[i];
      std::string text = keep_text || has_event[i] ? sentence_text(d.text, a, sen) : std::string();
      s.put_sentence.bind(1, d.id);
      s.put_sentence.bind(2, static_cast<int64_t>(i));
      s.put_sentence.bind(3, static_cast<int64_t>(sen.paragraph));
      s.put_sentence.bind(4, static_cast<int64_t>(sen.span.begin));
      s.put_sentence.bind(5, static_cast<int64_t>(sen.span.end));
      s.put_sentence.bind(6, static_cast<int64_t>(sen.token_count));
      if (keep_text || has_event[i]) s.put_sentence.bind(7, text);  // a sentence with events keeps its text
      if (Status st = step_done(db_, s.put_sentence, "storing a sentence"); !st.ok()) return st;
      if (!text.empty()) {
        s.put_fts.bind(1, text);
        s.put_fts.bind(2, d.id);
        s.put_fts.bind(3, static_cast<int64_t>(i));
        if (Status st = step_done(db_, s.put_fts, "indexing a sentence"); !st.ok()) return st;
      }
    }
  }
  for (const Event& e : c.events) {
    Stmt& p = s.put_event;
    p.bind(1, d.id);
    p.bind(2, static_cast<int64_t>(e.sentence));
    p.bind_or_null(3, (e.date ? e.date : d.date).iso());
    int col = 4;
    for (const EventActor* a : {&e.source, &e.target}) {
      p.bind_or_null(col, a->code);
      p.bind_or_null(col + 1, a->text);
      p.bind(col + 2, static_cast<int64_t>(a->span.begin));
      p.bind(col + 3, static_cast<int64_t>(a->span.end));
      p.bind_or_null(col + 4, a->entry);
      col += 5;
    }
    p.bind(14, e.cameo);
    p.bind_or_null(15, e.root);
    p.bind(16, static_cast<int64_t>(e.quad));
    if (e.goldstein) p.bind(17, *e.goldstein);
    p.bind_or_null(18, e.plover);
    p.bind(19, static_cast<int64_t>(e.negated));
    p.bind_or_null(20, e.verb_text);
    p.bind(21, static_cast<int64_t>(e.verb.begin));
    p.bind(22, static_cast<int64_t>(e.verb.end));
    p.bind_or_null(23, e.verb_entry);
    p.bind_or_null(24, e.pattern);
    p.bind_or_null(25, e.rule);
    p.bind_or_null(26, join_issues(e.issues));
    p.bind_or_null(27, e.url.empty() ? d.url : e.url);
    p.bind_or_null(28, e.text);
    p.bind(29, version);
    p.bind(30, e.confidence);
    int k = 31;
    for (const CharSpan* c : {&e.source.chars, &e.verb_chars, &e.target.chars}) {
      if (c->known()) {
        p.bind(k, c->begin);
        p.bind(k + 1, c->end);
      }
      k += 2;
    }
    p.bind_or_null(37, e.source.name);
    p.bind_or_null(38, e.target.name);
    if (Status st = step_done(db_, p, "storing an event"); !st.ok()) return st;
  }
  for (const ActorMention& m : c.actors) {
    s.put_actor.bind(1, d.id);
    s.put_actor.bind(2, static_cast<int64_t>(m.sentence));
    s.put_actor.bind_or_null(3, m.code);
    s.put_actor.bind_or_null(4, m.text);
    if (Status st = step_done(db_, s.put_actor, "storing an actor"); !st.ok()) return st;
  }
  return {};
}

Result<EventStore::Totals> EventStore::totals() {
  Totals t;
  Stmt s;
  if (Status st = s.prepare(db_, "SELECT (SELECT count(*) FROM documents), (SELECT coalesce(sum(sentences),0) FROM documents), "
                                 "(SELECT count(*) FROM events)");
      !st.ok()) {
    return make_error(st.message());
  }
  if (sqlite3_step(s.get()) != SQLITE_ROW) return make_error(sqlite_message(db_, "counting"));
  t.documents = static_cast<uint64_t>(s.integer(0));
  t.sentences = static_cast<uint64_t>(s.integer(1));
  t.events = static_cast<uint64_t>(s.integer(2));
  return t;
}

namespace {

// WHERE clause and its bound values for the event filters.
struct Filter {
  std::string where;
  std::vector<std::string> args;
  void add(const std::string& cond, const std::string& arg) {
    where += where.empty() ? " WHERE " : " AND ";
    where += cond;
    args.push_back(arg);
  }
};

Filter event_filter(const EventQuery& q, bool has_confidence) {
  Filter f;
  if (!q.source.empty()) f.add("e.source_code GLOB ?", glob_prefix(q.source));
  if (!q.target.empty()) f.add("e.target_code GLOB ?", glob_prefix(q.target));
  if (!q.root.empty()) f.add("e.root = ?", q.root.size() == 1 ? "0" + q.root : q.root);
  if (!q.cameo.empty()) f.add("e.cameo GLOB ?", glob_prefix(q.cameo));
  if (!q.since.empty()) f.add("e.date >= ?", q.since);
  if (!q.until.empty()) f.add("e.date <= ?", q.until);
  if (q.negated == NegatedFilter::Exclude) f.where += std::string(f.where.empty() ? " WHERE " : " AND ") + "e.negated = 0";
  if (q.negated == NegatedFilter::Only) f.where += std::string(f.where.empty() ? " WHERE " : " AND ") + "e.negated = 1";
  if (q.min_confidence > 0) {  // a number, written into the SQL as one
    char cond[48];
    if (has_confidence) std::snprintf(cond, sizeof cond, "e.confidence >= %.4f", q.min_confidence);
    else std::snprintf(cond, sizeof cond, "0");  // unknown confidence is not confident
    f.where += std::string(f.where.empty() ? " WHERE " : " AND ") + cond;
  }
  if (!q.text.empty()) {
    f.add("(e.doc_id, e.sentence) IN (SELECT doc_id, idx FROM sentence_fts WHERE sentence_fts MATCH ?)", q.text);
  }
  return f;
}

void read_event(const Stmt& s, Event& e) {
  e = Event{};
  e.doc_id = s.text(0);
  e.sentence = static_cast<uint32_t>(s.integer(1));
  e.date = Date::parse_iso(s.text(2)).value_or(Date());
  int col = 3;
  for (EventActor* a : {&e.source, &e.target}) {
    a->code = s.text(col);
    a->text = s.text(col + 1);
    a->span = {static_cast<uint32_t>(s.integer(col + 2)), static_cast<uint32_t>(s.integer(col + 3))};
    a->entry = s.text(col + 4);
    col += 5;
  }
  e.cameo = s.text(13);
  e.root = s.text(14);
  e.quad = static_cast<int>(s.integer(15));
  if (!s.is_null(16)) e.goldstein = sqlite3_column_double(s.get(), 16);
  e.plover = s.text(17);
  e.negated = s.integer(18) != 0;
  e.verb_text = s.text(19);
  e.verb = {static_cast<uint32_t>(s.integer(20)), static_cast<uint32_t>(s.integer(21))};
  e.verb_entry = s.text(22);
  e.pattern = s.text(23);
  e.rule = s.text(24);
  e.from_title = e.rule.rfind("title; ", 0) == 0;  // the pipeline marks title events so
  std::string issues = s.text(25);
  size_t p = 0;
  while (!issues.empty() && p <= issues.size()) {
    size_t q = issues.find(';', p);
    if (q == std::string::npos) q = issues.size();
    e.issues.push_back(issues.substr(p, q - p));
    p = q + 1;
  }
  e.url = s.text(26);
  e.text = s.text(27);
  e.confidence = s.is_null(28) ? 0 : sqlite3_column_double(s.get(), 28);
  e.mentions = static_cast<uint32_t>(s.integer(29));
  e.sources = static_cast<uint32_t>(s.integer(30));
  e.articles = static_cast<uint32_t>(s.integer(31));
  e.outlet = s.text(32);
  e.coded_at = s.text(33);
  int k = 34;
  for (CharSpan* c : {&e.source.chars, &e.verb_chars, &e.target.chars}) {
    if (!s.is_null(k) && !s.is_null(k + 1)) *c = CharSpan{s.integer(k), s.integer(k + 1)};
    k += 2;
  }
  e.metadata = s.text(40);
  e.source.name = s.text(41);
  e.target.name = s.text(42);
}

// The columns read_event reads; a schema-1 store has no confidence (NULL: unknown).
std::string event_columns(bool has_confidence) {
  return std::string(
             "e.doc_id,e.sentence,e.date,e.source_code,e.source_text,e.source_begin,e.source_end,e.source_entry,"
             "e.target_code,e.target_text,e.target_begin,e.target_end,e.target_entry,e.cameo,e.root,e.quad,e.goldstein,"
             "e.plover,e.negated,e.verb_text,e.verb_begin,e.verb_end,e.verb_entry,e.pattern,e.rule,e.issues,e.url,"
             "e.text,") +
         (has_confidence ? "e.confidence" : "NULL");
}

// The schema-3 columns read_event reads after the counts, outlet and coded_at.
std::string extra_columns(bool has_offsets) {
  return has_offsets ? ",e.source_char_begin,e.source_char_end,e.verb_char_begin,e.verb_char_end,e.target_char_begin,"
                       "e.target_char_end,d2.metadata,e.source_name,e.target_name"
                     : ",NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL";
}

}  // namespace

Status EventStore::check_text_query(const std::string& text) {
  Stmt s;
  if (Status st = s.prepare(db_, "SELECT 1 FROM sentence_fts WHERE sentence_fts MATCH ?1 LIMIT 1"); !st.ok()) return st;
  s.bind(1, text);
  const int rc = sqlite3_step(s.get());
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return make_error(sqlite3_errmsg(db_));
  return {};
}

Status EventStore::query_events(const EventQuery& q, const std::function<void(const Event&)>& emit) {
  Filter f = event_filter(q, has_confidence_);
  const std::string columns = event_columns(has_confidence_);
  std::string sql;
  if (q.dedup == Dedup::None) {
    sql = "SELECT " + columns + ",1,1,1,d2.outlet,d2.coded_at" + extra_columns(has_offsets_) +
          " FROM events e LEFT JOIN documents d2 ON d2.id = e.doc_id" + f.where +
          " ORDER BY e.date, e.doc_id, e.sentence, e.id";
  } else {
    // One row per group: the first event of the group stands for it, with counts of
    // the events (mentions), the documents (articles) and the outlets (sources).
    const char* key = q.dedup == Dedup::Story ? "e.doc_id, e.source_code, e.target_code, e.cameo"
                                              : "e.date, e.source_code, e.target_code, e.cameo";
    sql = "SELECT " + columns +
          ", g.mentions, g.sources, g.articles, d2.outlet, d2.coded_at" + extra_columns(has_offsets_) +
          " FROM (SELECT min(e.id) AS first_id, "
          "count(*) AS mentions, "
          // (At least one outlet: documents whose outlet is unknown came from one or more.)
          "max(1, count(DISTINCT d.outlet)) AS sources, count(DISTINCT e.doc_id) AS articles "
          "FROM events e JOIN documents d ON d.id = e.doc_id" + f.where + " GROUP BY " + key +
          ") g JOIN events e ON e.id = g.first_id LEFT JOIN documents d2 ON d2.id = e.doc_id "
          "ORDER BY e.date, e.doc_id, e.sentence, e.id";
  }
  if (q.limit) sql += " LIMIT " + std::to_string(q.limit);
  Stmt s;
  if (Status st = s.prepare(db_, sql); !st.ok()) return make_error(path_ + ": " + st.message());
  for (size_t i = 0; i < f.args.size(); ++i) s.bind(static_cast<int>(i + 1), f.args[i]);
  Event e;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
    read_event(s, e);
    emit(e);
  }
  if (rc != SQLITE_DONE) return make_error(sqlite_message(db_, path_ + ": querying events"));
  return {};
}

Status EventStore::query_stats(const StatsQuery& q, const std::function<void(const StatsRow&)>& emit) {
  EventQuery eq;
  eq.source = q.source;
  eq.target = q.target;
  eq.since = q.since;
  eq.until = q.until;
  eq.negated = NegatedFilter::Exclude;  // series count what happened
  Filter f = event_filter(eq, has_confidence_);
  f.where += f.where.empty() ? " WHERE " : " AND ";
  f.where += "e.date IS NOT NULL AND e.date != ''";
  // Weeks are labelled by their Monday.
  const char* period = q.by == Period::Day ? "e.date"
                       : q.by == Period::Week ? "date(e.date, '-6 days', 'weekday 1')"
                                              : "substr(e.date, 1, 7)";
  const char* group = q.by_root ? "e.root" : q.by_quad ? "CAST(e.quad AS TEXT)" : "''";
  std::string sql = std::string("SELECT ") + period + " AS p, " + group +
                    " AS g, count(*), coalesce(sum(e.goldstein), 0), coalesce(avg(e.goldstein), 0) FROM events e" +
                    f.where + " GROUP BY p, g ORDER BY p, g";
  Stmt s;
  if (Status st = s.prepare(db_, sql); !st.ok()) return make_error(path_ + ": " + st.message());
  for (size_t i = 0; i < f.args.size(); ++i) s.bind(static_cast<int>(i + 1), f.args[i]);
  int rc;
  StatsRow row;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
    row.period = s.text(0);
    row.group = s.text(1);
    row.events = static_cast<uint64_t>(s.integer(2));
    row.goldstein_sum = sqlite3_column_double(s.get(), 3);
    row.goldstein_mean = sqlite3_column_double(s.get(), 4);
    emit(row);
  }
  if (rc != SQLITE_DONE) return make_error(sqlite_message(db_, path_ + ": computing statistics"));
  return {};
}

namespace {

// The panel side of a code: a country's three letters, else the whole code.
const char* kSideSql =
    "CASE WHEN substr(%1$s, 1, 3) GLOB '[A-Z][A-Z][A-Z]' AND substr(%1$s, 1, 3) NOT IN "
    "('IGO','NGO','IMG','MNC','NGM','UIS','ELI','REL') THEN substr(%1$s, 1, 3) ELSE %1$s END";

std::string side_sql(const char* column) {
  char buf[512];
  std::snprintf(buf, sizeof buf, kSideSql, column);
  return buf;
}

// The period a date falls in, as query_panel labels it.
std::string period_of(Date d, Period by) {
  if (by == Period::Week) return d.plus_days(-d.weekday()).iso();  // its Monday (weekday 0)
  if (by == Period::Month) return d.iso().substr(0, 7);
  return d.iso();
}

// The next period's first day.
Date next_period(Date d, Period by) {
  if (by == Period::Day) return d.plus_days(1);
  if (by == Period::Week) return d.plus_days(7 - d.weekday());
  const int y = d.year() + (d.month() == 12 ? 1 : 0), m = d.month() == 12 ? 1 : d.month() + 1;
  return Date::from_ymd(y, m, 1).value_or(Date());
}

}  // namespace

Status EventStore::query_panel(const PanelQuery& q, const std::function<void(const PanelRow&)>& emit) {
  EventQuery eq;
  eq.source = q.source;
  eq.target = q.target;
  eq.since = q.since;
  eq.until = q.until;
  eq.negated = NegatedFilter::Exclude;
  Filter f = event_filter(eq, has_confidence_);
  f.where += f.where.empty() ? " WHERE " : " AND ";
  f.where += "e.date IS NOT NULL AND e.date != ''";
  // One event per date, source, target and code with dedup_day: the first of each.
  const std::string from = q.dedup_day ? " FROM events e WHERE e.id IN (SELECT min(e.id) FROM events e" + f.where +
                                             " GROUP BY e.date, e.source_code, e.target_code, e.cameo)"
                                       : " FROM events e" + f.where;
  const std::string sql = "SELECT e.date, " + side_sql("e.source_code") + " AS s, " + side_sql("e.target_code") +
                          " AS t, count(*), coalesce(sum(e.goldstein), 0), sum(e.quad = 1), sum(e.quad = 2), "
                          "sum(e.quad = 3), sum(e.quad = 4)" +
                          from + " GROUP BY e.date, s, t";
  Stmt st;
  if (Status ok = st.prepare(db_, sql); !ok.ok()) return make_error(path_ + ": " + ok.message());
  for (size_t i = 0; i < f.args.size(); ++i) st.bind(static_cast<int>(i + 1), f.args[i]);
  // (period, source, target) -> sums; the pairs; the span.
  std::map<std::tuple<std::string, std::string, std::string>, PanelRow> cells;
  std::set<std::pair<std::string, std::string>> pairs;
  Date first, last;
  int rc;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
    const std::optional<Date> d = Date::parse_iso(st.text(0));
    if (!d) continue;
    if (!first || *d < first) first = *d;
    if (!last || last < *d) last = *d;
    PanelRow& c = cells[{period_of(*d, q.by), st.text(1), st.text(2)}];
    c.events += static_cast<uint64_t>(st.integer(3));
    c.goldstein_sum += sqlite3_column_double(st.get(), 4);
    for (int k = 0; k < 4; ++k) c.quad[k] += static_cast<uint64_t>(st.integer(5 + k));
    pairs.emplace(st.text(1), st.text(2));
  }
  if (rc != SQLITE_DONE) return make_error(sqlite_message(db_, path_ + ": computing the panel"));
  if (!q.since.empty()) first = Date::parse_iso(q.since).value_or(first);
  if (!q.until.empty()) last = Date::parse_iso(q.until).value_or(last);
  if (!first || !last || last < first) return {};
  PanelRow row;
  for (Date d = Date::parse_iso(period_of(first, q.by) + (q.by == Period::Month ? "-01" : "")).value_or(first);
       d && !(last < d); d = next_period(d, q.by)) {
    const std::string period = period_of(d, q.by);
    for (const auto& [source, target] : pairs) {
      auto it = cells.find({period, source, target});
      row = it == cells.end() ? PanelRow{} : it->second;
      row.period = period;
      row.source = source;
      row.target = target;
      row.goldstein_mean = row.events ? row.goldstein_sum / static_cast<double>(row.events) : 0;
      emit(row);
    }
  }
  return {};
}

}  // namespace dyad
