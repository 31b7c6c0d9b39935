// FormMemo: a hit is always the value stored for exactly that form and context; a
// form that lands in an occupied slot replaces it; very long forms are not kept.
#include "model/form_memo.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dyad::model {
namespace {

TEST(FormMemo, HitsOnlyTheExactFormAndContext) {
  FormMemo<int> memo;
  EXPECT_EQ(memo.find(FormMemo<int>::key("said", 0), "said", 0), nullptr);  // empty
  memo.put(FormMemo<int>::key("said", 0), "said", 0, 7);
  memo.put(FormMemo<int>::key("said", 3), "said", 3, 9);
  const int* a = memo.find(FormMemo<int>::key("said", 0), "said", 0);
  const int* b = memo.find(FormMemo<int>::key("said", 3), "said", 3);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(*a, 7);
  EXPECT_EQ(*b, 9);
  EXPECT_EQ(memo.find(FormMemo<int>::key("Said", 0), "Said", 0), nullptr);
  // The same key with another form (as two forms sharing a slot would) is a miss.
  EXPECT_EQ(memo.find(FormMemo<int>::key("said", 0), "sail", 0), nullptr);
  EXPECT_EQ(memo.find(FormMemo<int>::key("said", 0), "said", 1), nullptr);
}

TEST(FormMemo, ACollidingFormReplacesTheSlot) {
  FormMemo<std::string> memo;
  // Find two forms whose keys share a slot.
  const uint64_t k1 = FormMemo<std::string>::key("w0", 0);
  std::string other;
  uint64_t k2 = 0;
  for (int i = 1; other.empty(); ++i) {
    const std::string f = "w" + std::to_string(i);
    const uint64_t k = FormMemo<std::string>::key(f, 0);
    if ((k & (FormMemo<std::string>::kSlots - 1)) == (k1 & (FormMemo<std::string>::kSlots - 1))) {
      other = f;
      k2 = k;
    }
  }
  memo.put(k1, "w0", 0, "first");
  memo.put(k2, other, 0, "second");
  EXPECT_EQ(memo.find(k1, "w0", 0), nullptr);
  ASSERT_NE(memo.find(k2, other, 0), nullptr);
  EXPECT_EQ(*memo.find(k2, other, 0), "second");
}

TEST(FormMemo, LongFormsAreNotKept) {
  FormMemo<int> memo;
  const std::string long_form(FormMemo<int>::kMaxForm + 1, 'a');
  memo.put(FormMemo<int>::key(long_form, 0), long_form, 0, 1);
  EXPECT_EQ(memo.find(FormMemo<int>::key(long_form, 0), long_form, 0), nullptr);
  const std::string fits(FormMemo<int>::kMaxForm, 'a');
  memo.put(FormMemo<int>::key(fits, 0), fits, 0, 2);
  ASSERT_NE(memo.find(FormMemo<int>::key(fits, 0), fits, 0), nullptr);
}

}  // namespace
}  // namespace dyad::model
