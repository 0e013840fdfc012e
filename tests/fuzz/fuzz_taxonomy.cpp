// The Google product taxonomy text (ProductTaxonomy::parse, overlay, path): embedded today, but
// Google's format and files, read as outside input.
#include "FuzzSupport.h"
#include "ProductTaxonomy.h"

#include <QSet>

SEGMENT_FUZZ_INIT

namespace {

using FuzzSupport::require;

void check(const ProductTaxonomy &t)
{
    QSet<QString> ids;
    for (const ProductTaxonomy::Category &c : t.categories()) {
        require(!c.id.isEmpty() && !ids.contains(c.id), "ids are unique and not empty", c.id);
        for (const QChar ch : c.id)
            require(ch >= u'0' && ch <= u'9', "ids are ASCII digits", c.id);
        require(!c.name.isEmpty() && c.name == c.name.trimmed(), "names are trimmed, not empty",
                c.name);
        require(c.parentId != c.id, "no category is its own parent", c.id);
        require(c.parentId.isEmpty() || t.contains(c.parentId), "parents exist", c.parentId);
        require(t.find(c.id) && t.find(c.id)->name == c.name, "find() gives the category", c.id);
        // path() ends (cycles are cut) and ends with the category's own name.
        const QStringList path = t.path(c.id);
        require(!path.isEmpty() && path.constLast() == c.name && path.size() <= t.size(),
                "path ends with the name", c.id);
        ids.insert(c.id);
    }
    require(t.size() == ids.size(), "size counts the categories");
    require(t.interests().size() == t.size(), "interests lists every category");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    int skipped = -1;
    const ProductTaxonomy t = ProductTaxonomy::parse(bytes, &skipped);
    require(skipped >= 0, "skipped lines are counted");
    const qsizetype lines = bytes.count('\n') + 1;
    require(t.size() + skipped <= lines, "at most one category or skip per line");
    check(t);

    // Overlaid on itself it stays the same; two halves overlaid keep every id of both.
    const ProductTaxonomy same = ProductTaxonomy::overlay(t, t);
    require(same.size() == t.size(), "an overlay on itself adds nothing");
    const qsizetype half = bytes.size() / 2;
    const ProductTaxonomy a = ProductTaxonomy::parse(bytes.first(half));
    const ProductTaxonomy b = ProductTaxonomy::parse(bytes.sliced(half));
    const ProductTaxonomy merged = ProductTaxonomy::overlay(a, b);
    check(merged);
    for (const ProductTaxonomy::Category &c : a.categories())
        require(merged.contains(c.id) && merged.find(c.id)->parentId == c.parentId,
                "the base keeps its structure", c.id);
    for (const ProductTaxonomy::Category &c : b.categories())
        require(merged.contains(c.id) && merged.name(c.id) == c.name, "the overlay names win",
                c.id);
    return 0;
}
