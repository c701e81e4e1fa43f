// What `congkhai serve` shows, and how it is rebuilt after a change (the HTTP
// server and the file watcher are cmd_serve.cc's; this part runs without them,
// so tests drive it directly).
//
// A change confined to one or a few existing communes' folders (content/<id>/,
// data/<id>/) is built first for those communes alone, in memory, the way
// `build --commune` does, with the history the last whole build read (no git
// walk), and their pages (<id>/...) are served from an overlay on top of the
// last whole preview: the edited page shows in well under a second whatever
// the size of the repository. Then the whole site is rebuilt incrementally on
// its own thread, as before; when a whole build that began after the
// overlay's change finishes, the overlay goes. Any other change (congkhai.yaml,
// themes/, content/_*.md, a commune folder added or removed, or a change the
// watcher could not place) goes straight to the whole rebuild.
//
// The pages of the commune-alone build differ from the whole build's in what
// they say about other communes (docs/scale.md, "serve at scale"): a parent
// commune's page does not list its member communes, and a plan's page does not
// list the other communes' plans that implement it. The whole rebuild of the
// same change replaces them.
#pragma once
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "cli/pipeline.h"
#include "cli/source_watcher.h"

namespace ck::cli {

// The communes a change can be built alone for: every changed path lies inside
// content/<id>/ or data/<id>/ of a commune for which `has_commune(id)` holds
// (the preview has its pages), and there are at most `limit` of them. Empty
// when the whole site must be rebuilt.
std::vector<std::string> communes_to_build_alone(const SourceChanges& changes,
                                                 const std::function<bool(const std::string&)>& has_commune,
                                                 size_t limit = 3);

class Preview {
 public:
  struct Response {
    int status = 200;
    std::string body;
    std::string content_type;
  };
  // `request` is the whole build's: with out_dir set, the site is built into
  // that folder and served from it; otherwise it is built in memory.
  // `before_whole_build`, when set, runs on the rebuild thread before each
  // whole rebuild (tests hold it there to look at the overlay).
  explicit Preview(BuildRequest request, std::function<void()> before_whole_build = {});
  ~Preview();  // waits for the whole build running, if any
  Preview(const Preview&) = delete;
  Preview& operator=(const Preview&) = delete;

  // The first whole build, on the caller's thread.
  void build_first();
  // A change the watcher reported: the communes it is confined to are built
  // now, on the caller's thread (never waiting for a whole build), then a
  // whole rebuild is asked for — one more after the one running, however many
  // changes arrive meanwhile.
  void changed(const SourceChanges& changes);
  // Blocks until no whole rebuild is running or asked for (tests, benchmarks).
  void wait_until_idle();

  // The page at `path` ("" and ".../" mean index.html) as the editor sees it:
  // HTML with the error panel and the reload poller.
  Response respond(std::string path);
  // The bytes of the site file at `path`, as built (overlay first), or nullopt.
  std::optional<std::string> file(const std::string& path);
  long generation() const;
  std::vector<std::string> overlaid_communes() const;  // communes served from the overlay now
  size_t alone_builds() const;                         // commune-alone builds that succeeded so far

 private:
  struct Overlay {
    long change = 0;  // the change it was built for
    std::map<std::string, std::string> files;
  };
  void build_whole();  // one whole build and its results
  void rebuild_loop();
  bool has_commune(const std::string& id);
  std::optional<std::string> read_file_locked(const std::string& path);

  const BuildRequest request_;
  std::function<void()> before_whole_build_;

  mutable std::mutex mutex_;
  std::condition_variable wake_;            // a whole rebuild asked for, or stopping
  std::condition_variable idle_;            // a whole rebuild finished
  SiteFiles files_;                         // the whole site, when built in memory
  std::shared_ptr<const History> history_;  // the last whole build's, for commune-alone builds
  std::map<std::string, Overlay> overlay_;  // by commune
  std::string whole_errors_;                // of the last whole build; "" when it succeeded
  std::string alone_errors_;                // of the last commune-alone build that failed
  long alone_errors_change_ = 0;
  long changes_ = 0;      // changes reported so far
  bool asked_ = false;    // a whole rebuild is asked for
  bool running_ = false;  // a whole rebuild is running
  bool stopping_ = false;
  long generation_ = 0;  // bumped whenever what is served changes (the open page reloads)
  size_t alone_builds_ = 0;
  std::thread rebuilder_;
};

}  // namespace ck::cli
