// The grammar of CAMEO actor codes: head kinds and the column split of GDELT and
// Phoenix rows.
#include "cameo/actor_codes.hpp"

#include <gtest/gtest.h>

namespace dyad::cameo {
namespace {

TEST(ActorCodes, HeadKinds) {
  EXPECT_EQ(head_kind("CHN"), HeadKind::Country);
  EXPECT_EQ(head_kind("USAGOVMIL"), HeadKind::Country);
  EXPECT_EQ(head_kind("USR"), HeadKind::Country);  // CAMEO's Soviet Union
  EXPECT_EQ(head_kind("IGOWSTNAT"), HeadKind::NonState);
  EXPECT_EQ(head_kind("NGOHRI"), HeadKind::NonState);
  EXPECT_EQ(head_kind("MEDGOV"), HeadKind::Role);  // a bare role is no country
  EXPECT_EQ(head_kind("---GOV"), HeadKind::None);
  EXPECT_EQ(head_kind("\"NEW ACTOR\""), HeadKind::None);
  EXPECT_EQ(head_kind(""), HeadKind::None);
  EXPECT_TRUE(is_country_code("CHNGOV"));
  EXPECT_FALSE(is_country_code("IGOUNO"));
  EXPECT_TRUE(is_agent_only("---GOV"));
  EXPECT_FALSE(is_agent_only("CHNGOV"));
}

TEST(ActorCodes, RegionsAreNoStates) {
  EXPECT_TRUE(is_region("LAM"));
  EXPECT_TRUE(is_region("MEAGOV"));
  EXPECT_FALSE(is_region("USA"));
  EXPECT_FALSE(is_region("IGOWSTNAT"));  // NATO: the West is not its head
  EXPECT_FALSE(is_region("SAU"));
  EXPECT_FALSE(is_region("LA"));
}

TEST(ActorCodes, SplitForColumns) {
  ActorCodeParts p = split_actor_code("CHNGOVMIL");
  EXPECT_EQ(p.country, "CHN");
  EXPECT_EQ(p.group, "");
  EXPECT_EQ(p.type1, "GOV");
  EXPECT_EQ(p.type2, "MIL");
  p = split_actor_code("IGOWSTNAT");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.group, "IGO");
  EXPECT_EQ(p.type1, "WST");
  p = split_actor_code("---GOV");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.group, "");
  EXPECT_EQ(p.type1, "GOV");
  p = split_actor_code("\"THE MINISTRY\"");
  EXPECT_EQ(p.type1, "");
}

}  // namespace
}  // namespace dyad::cameo
