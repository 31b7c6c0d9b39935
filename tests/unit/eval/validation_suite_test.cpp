// ValidationSuite: where the dictionaries a validation file names are found, what
// is an error, and when an analyzer is needed. The files are small ones of our own,
// written to a temporary directory.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "dyad/validate.hpp"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const char* kVerbs = "--- CRITICIZE [111] ---\nCRITICIZE\n";
const char* kActors = "VALDORIA [VAL]\nOSTRAVA [OST]\n";

// S1 expects what the parse gives; S2 expects the roles swapped; S3 has no parse.
const char* kRecords = R"(<Validation>
<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile></Environment>
<Sentences>
<Sentence source="DEMO" date="20240711" id="S1" sentence="true">
<EventCoding eventcode="111" sourcecode="VAL" targetcode="OST"/>
<Text>Valdoria criticized Ostrava.</Text>
<Parse>
1	Valdoria	Valdoria	PROPN	NNP	_	2	nsubj	_	_
2	criticized	criticize	VERB	VBD	_	0	root	_	_
3	Ostrava	Ostrava	PROPN	NNP	_	2	obj	_	_
</Parse></Sentence>
<Sentence source="DEMO" date="20240711" id="S2" sentence="true">
<EventCoding eventcode="111" sourcecode="OST" targetcode="VAL"/>
<Text>Valdoria criticized Ostrava.</Text>
<Parse>
1	Valdoria	Valdoria	PROPN	NNP	_	2	nsubj	_	_
2	criticized	criticize	VERB	VBD	_	0	root	_	_
3	Ostrava	Ostrava	PROPN	NNP	_	2	obj	_	_
</Parse></Sentence>
<Sentence source="TEXT" date="20240711" id="S3" sentence="true">
<EventCoding eventcode="111" sourcecode="VAL" targetcode="OST"/>
<Text>Valdoria criticized Ostrava.</Text>
</Sentence>
</Sentences>
</Validation>
)";

class ValidationSuiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_validation_suite_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "records");
    fs::create_directories(dir_ / "dicts");
    write("records/unit.xml", kRecords);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  fs::path dir_;
};

TEST_F(ValidationSuiteTest, FindsDictionariesBesideTheFileAndRunsProvidedParses) {
  write("records/v.txt", kVerbs);
  write("records/a.txt", kActors);
  ValidationSources sources;
  sources.model_dir = "/nonexistent-model-dir";  // S3 needs the analyzer: it cannot be made
  auto suite = ValidationSuite::load(path("records/unit.xml"), sources);
  ASSERT_TRUE(suite.ok()) << suite.message();
  EXPECT_EQ((*suite)->file().records.size(), 3u);
  EXPECT_TRUE((*suite)->dictionary_report().errors.empty());

  ValidationOptions options;
  options.use_provided_parse = true;
  auto run = (*suite)->run(options);
  ASSERT_TRUE(run.ok()) << run.message();
  EXPECT_EQ(run->passed, 1);
  EXPECT_EQ(run->failed, 2);
  ASSERT_EQ(run->outcomes.size(), 3u);
  EXPECT_EQ(run->outcomes[2].record->id, "S3");
  EXPECT_EQ(run->outcomes[2].status, "noparse");

  // Parsing every <Text> needs the analyzer: now its models are an error.
  options.use_provided_parse = false;
  auto parsed = (*suite)->run(options);
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.message().find("/nonexistent-model-dir/"), std::string::npos) << parsed.message();
}

TEST_F(ValidationSuiteTest, DictDirComesFirstAndExtraDictionariesReportBadLines) {
  write("dicts/v.txt", kVerbs);
  write("dicts/a.txt", kActors);
  write("records/a.txt", "");  // shadowed by dicts/a.txt
  write("dicts/extra.actors.txt", "[XYZ]\n");
  ValidationSources sources;
  sources.dict_dir = path("dicts");
  sources.extra_dicts = {path("dicts/extra.actors.txt")};
  sources.model_dir = "/nonexistent-model-dir";  // S3 stays unparsed
  auto suite = ValidationSuite::load(path("records/unit.xml"), sources);
  ASSERT_TRUE(suite.ok()) << suite.message();
  EXPECT_EQ((*suite)->dictionary_report().errors.size(), 1u);
  ValidationOptions options;
  options.use_provided_parse = true;
  auto run = (*suite)->run(options);
  ASSERT_TRUE(run.ok()) << run.message();
  EXPECT_EQ(run->passed, 1);  // S1: the actors came from dicts/
}

TEST_F(ValidationSuiteTest, MissingFilesAreErrorsThatNameThem) {
  ValidationSources sources;
  auto no_file = ValidationSuite::load(path("records/none.xml"), sources);
  ASSERT_FALSE(no_file.ok());
  EXPECT_EQ(no_file.message().rfind(path("records/none.xml") + ": cannot open", 0), 0u) << no_file.message();

  sources.dict_dir = path("dicts");
  auto no_dict = ValidationSuite::load(path("records/unit.xml"), sources);
  ASSERT_FALSE(no_dict.ok());
  // (The first missing in the file's order: <Verbfile> comes first.)
  EXPECT_EQ(no_dict.message(), "verbs dictionary v.txt not found in " + path("dicts") + " or " + path("records"));

  write("records/v.txt", kVerbs);
  write("records/a.txt", kActors);
  sources.extra_dicts = {path("dicts/none.txt")};
  auto no_extra = ValidationSuite::load(path("records/unit.xml"), sources);
  ASSERT_FALSE(no_extra.ok());
  EXPECT_NE(no_extra.message().find(path("dicts/none.txt")), std::string::npos) << no_extra.message();
}

}  // namespace
}  // namespace dyad
