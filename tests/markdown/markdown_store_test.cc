// The Markdown store (issue #13): fragments are parsed once, before the
// parallel stages, and looked up by text; a text nobody collected is an error,
// not a parse on a render thread.
#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>
#include <vector>

#include "markdown/markdown_store.h"

namespace ck {
namespace {

TEST(MarkdownStore, RendersEachCollectedTextOnce) {
  MarkdownStore store;
  store.add_inline("*Quý I*/2026");
  store.add_inline("*Quý I*/2026");
  store.add_document("## Mục đích\n\nđoạn văn");
  EXPECT_EQ(store.size(), 2u);
  store.render_all();
  EXPECT_EQ(store.inline_html("*Quý I*/2026"), render_markdown_inline("*Quý I*/2026"));
  EXPECT_EQ(store.document("## Mục đích\n\nđoạn văn").html, render_markdown("## Mục đích\n\nđoạn văn").html);
  EXPECT_EQ(store.document("## Mục đích\n\nđoạn văn").headings.size(), 1u);
}

TEST(MarkdownStore, ATextNotCollectedIsAnError) {
  MarkdownStore store;
  store.add_inline("a");
  store.render_all();
  EXPECT_THROW(store.inline_html("b"), std::logic_error);
  EXPECT_THROW(store.document("a"), std::logic_error);
  EXPECT_THROW(store.add_inline("c"), std::logic_error);  // nothing is parsed after render_all
}

TEST(MarkdownStore, ReadsFromManyThreadsAtOnce) {
  MarkdownStore store;
  for (int i = 0; i < 200; ++i) store.add_inline("**" + std::to_string(i) + "** và `mã`");
  store.render_all();
  std::vector<std::thread> readers;
  std::vector<int> wrong(8, 0);
  for (int t = 0; t < 8; ++t)
    readers.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i)
        if (store.inline_html("**" + std::to_string(i) + "** và `mã`") !=
            "<strong>" + std::to_string(i) + "</strong> và <code>mã</code>")
          ++wrong[t];
    });
  for (auto& r : readers) r.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

// Two builds in one process (`serve`: the edited commune alone and the whole
// portal, on two threads) each render their own store: one after the other,
// never two parses at once (this aborted before the stores took turns).
TEST(MarkdownStore, TwoStoresRenderedFromTwoThreadsTakeTurns) {
  std::string big(20'000, 'a');
  for (size_t i = 0; i < big.size(); i += 7) big[i] = '*';
  std::vector<std::thread> builds;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t)
    builds.emplace_back([&, t] {
      for (int k = 0; k < 20; ++k) {
        MarkdownStore store;
        store.add_document(big + std::to_string(k));
        store.add_inline("**" + std::to_string(t) + "**");
        store.render_all();
        if (store.inline_html("**" + std::to_string(t) + "**") != "<strong>" + std::to_string(t) + "</strong>")
          ++wrong[t];
      }
    });
  for (auto& b : builds) b.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

// render_markdown itself refuses a second parse while one runs: the check that
// makes "one parse at a time" hold by construction, not by care.
TEST(MarkdownOneParseAtATimeDeathTest, TwoParsesAtOnceAbort) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        std::string big(200'000, 'a');
        for (size_t i = 0; i < big.size(); i += 7) big[i] = '*';
        std::vector<std::thread> parsers;
        for (int t = 0; t < 4; ++t)
          parsers.emplace_back([&] {
            for (int k = 0; k < 50; ++k) render_markdown(big);
          });
        for (auto& p : parsers) p.join();
      },
      "two Markdown parses at once");
}

}  // namespace
}  // namespace ck
