#include "model/commune_scope.h"

#include <gtest/gtest.h>

namespace ck {
namespace {

Plan plan(const std::string& commune, const std::string& id, const std::string& implements = "") {
  Plan p;
  p.id = id;
  p.commune_id = commune;
  if (!implements.empty()) p.implements.push_back({"5256/QĐ-UBND", implements});
  p.implements.push_back({"76/NQ-CP", ""});  // a document outside the portal: nothing to keep
  return p;
}

Commune commune(const std::string& id, const std::string& parent, std::vector<Plan> plans) {
  Commune c;
  c.id = id;
  c.name = id;
  c.parent_id = parent;
  c.plans = std::move(plans);
  c.agencies.push_back({id + "-ubnd", "UBND " + id, {}});
  return c;
}

// A city with two plans; two communes implement the first; one commune keeps
// its history in its own repository.
Portal sample_portal() {
  Portal portal;
  portal.communes.push_back(commune("thanh-pho", "", {plan("thanh-pho", "cchc"), plan("thanh-pho", "chuyen-doi-so")}));
  portal.communes.push_back(commune("xa-a", "thanh-pho", {plan("xa-a", "cchc", "thanh-pho/cchc"), plan("xa-a", "khac")}));
  portal.communes.push_back(commune("xa-b", "thanh-pho", {plan("xa-b", "cchc", "thanh-pho/cchc")}));
  portal.config.history_sources = {{"xa-a", "lich-su-a"}, {"xa-b", "lich-su-b"}};
  return portal;
}

std::vector<std::string> plan_keys(const Portal& portal) {
  std::vector<std::string> keys;
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans) keys.push_back(c.id + "/" + p.id);
  return keys;
}

TEST(CommuneScope, KeepsTheCommuneAndOnlyTheCityPlansItImplements) {
  auto scoped = scope_to_commune(sample_portal(), "xa-a");
  ASSERT_TRUE(scoped);
  EXPECT_EQ(plan_keys(*scoped), (std::vector<std::string>{"thanh-pho/cchc", "xa-a/cchc", "xa-a/khac"}));
  // The city's agency registry comes along: its plan's agency pages need it.
  ASSERT_NE(scoped->find_commune("thanh-pho"), nullptr);
  EXPECT_EQ(scoped->find_commune("thanh-pho")->agencies.size(), 1u);
  EXPECT_EQ(scoped->find_commune("xa-a")->parent_id, "thanh-pho");
  EXPECT_EQ(scoped->config.history_sources, (std::map<std::string, std::string>{{"xa-a", "lich-su-a"}}));
}

TEST(CommuneScope, ACommuneImplementingNothingStandsAlone) {
  Portal portal = sample_portal();
  portal.communes[2].plans[0].implements.clear();
  auto scoped = scope_to_commune(portal, "xa-b");
  ASSERT_TRUE(scoped);
  EXPECT_EQ(plan_keys(*scoped), (std::vector<std::string>{"xa-b/cchc"}));
  // Its parent is not in the site: no link may point there.
  EXPECT_EQ(scoped->find_commune("xa-b")->parent_id, "");
}

TEST(CommuneScope, TheCityAloneKeepsNoCommune) {
  auto scoped = scope_to_commune(sample_portal(), "thanh-pho");
  ASSERT_TRUE(scoped);
  EXPECT_EQ(plan_keys(*scoped), (std::vector<std::string>{"thanh-pho/cchc", "thanh-pho/chuyen-doi-so"}));
  EXPECT_TRUE(scoped->config.history_sources.empty());
}

TEST(CommuneScope, UnknownCommuneIsNullopt) { EXPECT_FALSE(scope_to_commune(sample_portal(), "xa-khong-co")); }

}  // namespace
}  // namespace ck
