// PETRARCH/TABARI validation files: records, <Config> elements, errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/validate.hpp"

namespace dyad {
namespace {

const char* kValidationXml = R"(<?xml version='1.0' encoding='UTF-8'?>
<Validation>
<Environment>
  <Verbfile>v.txt</Verbfile>
  <Actorfile>a.txt</Actorfile>
  <Errorfile>e.txt</Errorfile>
</Environment>
<Sentences>
<Sentence source="DEMO" date="20240711" id="T_01" sentence="true">
<EventCoding eventcode="111" sourcecode="VAL" targetcode="OST"/>
<Text>
Valdoria criticized
Ostrava.
</Text>
<Parse>
1	Valdoria	Valdoria	PROPN	NNP	_	2	nsubj	_	_
2	criticized	criticize	VERB	VBD	_	0	root	_	_
3	Ostrava	Ostrava	PROPN	NNP	_	2	dobj	_	_
</Parse></Sentence>
<Config option="require_dyad" value="false"/>
<Config option="comma_min" value="2"/>
<Sentence source="DEMO" date="20240711" id="T_02" sentence="true">
<EventCoding noevents="True"/>
<Text>Valdoria slept.</Text>
<Parse>
1	Valdoria	Valdoria	PROPN	NNP	_	2	nsubj	_	_
2	slept	sleep	VERB	VBD	_	0	root	_	_
</Parse></Sentence>
<Sentence source="ERROR" date="20240711" id="T_03" sentence="true">
<EventCoding error="bad_input_parse"/>
<Text>Broken.</Text>
<Parse>
1	Broken	broken	ADJ	JJ	_	9	root	_	_
</Parse></Sentence>
</Sentences>
</Validation>
)";

TEST(ValidationFiles, ReadsRecordsConfigAndEnvironment) {
  auto f = read_validation_file(kValidationXml, "t.xml");
  ASSERT_TRUE(f.ok()) << f.message();
  using Named = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(f->dictionaries, (Named{{"verbs", "v.txt"}, {"actors", "a.txt"}}));
  ASSERT_EQ(f->records.size(), 3u);
  EXPECT_EQ(f->records[0].text, "Valdoria criticized Ostrava.");
  EXPECT_EQ(f->records[0].category, "DEMO");
  EXPECT_EQ(f->records[0].date, Date::from_number(20240711));
  EXPECT_TRUE(f->records[0].require_dyad);
  EXPECT_FALSE(f->records[1].require_dyad);
  EXPECT_TRUE(f->records[1].expected.empty());
  EXPECT_EQ(f->records[2].expected_error, "bad_input_parse");
  EXPECT_GE(f->notes.size(), 2u);  // <Errorfile>, comma_min

  Dictionary d;
  LoadReport r;
  d.load_text("--- CRITICIZE [111] ---\nCRITICIZE\n", "v.txt", DictFileKind::Verbs, r);
  d.load_text("VALDORIA [VAL]\nOSTRAVA [OST]\n", "a.txt", DictFileKind::Actors, r);
  ValidationOptions vo;
  vo.use_provided_parse = true;
  ValidationRun run = run_validation(*f, d, vo, nullptr);
  EXPECT_EQ(run.passed, 3);
  EXPECT_EQ(run.failed, 0);
  EXPECT_EQ(run.by_category["DEMO"].passed, 2);
}

// A file as PETRARCH's tools take it: a '#' header holding XML-like examples, two
// <Actorfile> elements and a comma-separated list, a <Sentence .../> closed again.
TEST(ValidationFiles, FilesAsFoundInTheWildAreRead) {
  const char* xml =
      "# Records of the Valdoria desk\n"
      "# coded as <EventCoding sourcecode=\"VAL\" targetcode=\"OST\" eventcode=\"111\">\n"
      "<Validation>\n"
      "<Environment>\n"
      "<Verbfile>v.txt</Verbfile>\n"
      "<Actorfile>a.txt, b.txt</Actorfile>\n"
      "<Actorfile>c.txt</Actorfile>\n"
      "</Environment>\n"
      "<Sentences>\n"
      "<Sentence date=\"20240711\" id=\"W_01\" source=\"DEMO\"/>\n"
      "<EventCoding sourcecode=\"VAL\" targetcode=\"OST\" eventcode=\"111\"/>\n"
      "<Text>Valdoria criticized Ostrava.</Text>\n"
      "</Sentence>\n"
      "<Sentence date=\"20240712\" id=\"W_02\" source=\"DEMO\">\n"
      "<EventCoding noevents=\"True\"/>\n"
      "<Text>Valdoria slept.</Text>\n"
      "</Sentence>\n"
      "</Sentences>\n"
      "</Validation>\n";
  auto f = read_validation_file(xml, "wild.xml");
  ASSERT_TRUE(f.ok()) << f.message();
  using Named = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(f->dictionaries, (Named{{"verbs", "v.txt"}, {"actors", "a.txt"}, {"actors", "b.txt"}, {"actors", "c.txt"}}));
  ASSERT_EQ(f->records.size(), 2u);
  EXPECT_EQ(f->records[0].id, "W_01");
  EXPECT_EQ(f->records[0].text, "Valdoria criticized Ostrava.");
  ASSERT_EQ(f->records[0].expected.size(), 1u);
  EXPECT_EQ(f->records[0].line, 10);  // line numbers are the file's own
  EXPECT_EQ(f->records[1].text, "Valdoria slept.");
  // A '#' line after the XML has begun is no header: still an error, with its line.
  auto late = read_validation_file("<Validation>\n# a note\n<Sentences>\n</Sentence>\n</Validation>\n", "late.xml");
  ASSERT_FALSE(late.ok());
  EXPECT_NE(late.message().find("late.xml:4"), std::string::npos) << late.message();
}

TEST(ValidationFiles, BadXmlIsAnErrorWithALine) {
  auto f = read_validation_file("<Validation>\n<Sentences>\n<Sentence id='x'>\n</Validation>", "bad.xml");
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.message().find("bad.xml:"), std::string::npos) << f.message();
}

TEST(ValidationFiles, PetrarchUnitRecordsWithProvidedParses) {
  std::string dir = std::string(DYAD_SHARED_DIR) + "/data/petrarch-validation";
  std::ifstream in(dir + "/PETR.UnitTest.records.udpipe.xml");
  if (!in) GTEST_SKIP() << "shared data not found in " << dir;
  std::stringstream ss;
  ss << in.rdbuf();
  auto f = read_validation_file(ss.str(), "PETR.UnitTest.records.udpipe.xml");
  ASSERT_TRUE(f.ok()) << f.message();
  Dictionary d;
  LoadReport r;
  for (const auto& [kind, name] : f->dictionaries) ASSERT_TRUE(d.load_file(dir + "/" + name, r).ok());
  ValidationOptions vo;
  vo.use_provided_parse = true;
  ValidationRun run = run_validation(*f, d, vo, nullptr);
  double rate = 100.0 * run.passed / (run.passed + run.failed);
  std::cout << "[ info ] PETRARCH unit records: " << run.passed << " passed, " << run.failed << " failed (" << rate << "%)\n";
  EXPECT_GE(rate, 85.0);  // the issue asks for 75; keep the margin we have
}

}  // namespace
}  // namespace dyad
