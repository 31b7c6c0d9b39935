// Files: whole-file reads with clear errors, directory walks in a stable order that
// leave hidden files out, and data-directory lookup honouring the environment.
#include "base/files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace dyad::base {
namespace {

namespace fs = std::filesystem;

class FilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_files_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub" / "deeper");
    fs::create_directories(dir_ / ".hidden");
    write(dir_ / "b.txt", "bee");
    write(dir_ / "a.txt", "ay");
    write(dir_ / "sub" / "deeper" / "c.txt", "sea");
    write(dir_ / ".dotfile", "x");
    write(dir_ / ".hidden" / "d.txt", "x");
  }
  void TearDown() override { fs::remove_all(dir_); }
  static void write(const fs::path& p, const std::string& s) { std::ofstream(p) << s; }
  fs::path dir_;
};

TEST_F(FilesTest, ReadFileGivesTheBytesOrAnErrorNamingThePath) {
  auto ok = read_file((dir_ / "b.txt").string());
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, "bee");
  auto missing = read_file((dir_ / "nope.txt").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("nope.txt"), std::string::npos);
  // Over the limit: refused by its size, and a stream that never ends by what it gave.
  auto big = read_file((dir_ / "b.txt").string(), 2);
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.message().find("over the limit"), std::string::npos);
  if (fs::exists("/dev/zero")) {
    auto endless = read_file("/dev/zero", 1 << 20);
    ASSERT_FALSE(endless.ok());
    EXPECT_NE(endless.message().find("over the limit"), std::string::npos);
  }
  EXPECT_FALSE(read_file(dir_.string()).ok());  // a directory
}

TEST_F(FilesTest, ListFilesIsSortedRecursiveAndSkipsHiddenNames) {
  int errors = 0;
  auto files = list_files(dir_.string(), [&](const WalkError&) { ++errors; });
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0], (dir_ / "a.txt").string());
  EXPECT_EQ(files[1], (dir_ / "b.txt").string());
  EXPECT_EQ(files[2], (dir_ / "sub" / "deeper" / "c.txt").string());
  EXPECT_EQ(errors, 0);
}

TEST_F(FilesTest, ListFilesReportsADirectoryThatCannotBeOpened) {
  std::vector<WalkError> errors;
  auto files = list_files((dir_ / "missing").string(), [&](const WalkError& e) { errors.push_back(e); });
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].at_root);
  EXPECT_NE(errors[0].error, 0);
}

TEST_F(FilesTest, DataDirectoryComesFromTheEnvironmentFirst) {
  ::setenv("DYAD_TEST_DATA_DIR", "/some/where", 1);
  EXPECT_EQ(find_data_dir("models", "DYAD_TEST_DATA_DIR", "MANIFEST"), "/some/where");
  ::unsetenv("DYAD_TEST_DATA_DIR");
  // Without it, the source tree's models/ (it holds a MANIFEST).
  EXPECT_EQ(fs::path(find_data_dir("models", "DYAD_TEST_DATA_DIR", "MANIFEST")).filename(), "models");
}

}  // namespace
}  // namespace dyad::base
