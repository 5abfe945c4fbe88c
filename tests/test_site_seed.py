"""builder._mirror makes the kept previous site the live site's twin (every file a link to
the live one's, nothing else), as copying the live site by links would."""

import os
import shutil

from dossier.site.builder import _link, _mirror


def _tree(root):
    out = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if os.path.islink(path):
                out[rel] = ("link", os.readlink(path))
            elif os.path.isdir(path):
                out[rel] = ("dir",)
            else:
                out[rel] = ("file", os.stat(path).st_ino)
    return out


def test_mirror_equals_a_fresh_copy_by_links(tmp_path):
    live = tmp_path / "site"
    (live / "a" / "b").mkdir(parents=True)
    (live / "index.html").write_text("home")
    (live / "a" / "page.html").write_text("page")
    (live / "a" / "b" / "deep.json").write_text("{}")
    (live / "was-a-dir").write_text("now a file")
    (live / "c").mkdir()
    os.symlink("a/page.html", live / "alias.html")
    previous = tmp_path / "previous"
    shutil.copytree(live, previous, copy_function=_link, symlinks=True)
    # What the last build left there: a page made again (another file), one gone, a new one,
    # a folder where the live site now has a file, a file where it has a folder, a link moved.
    (previous / "a" / "page.html").unlink()
    (previous / "a" / "page.html").write_text("old page")
    (previous / "gone.html").write_text("gone")
    (previous / "a" / "b" / "deep.json").unlink()
    (previous / "was-a-dir").unlink()
    (previous / "was-a-dir").mkdir()
    (previous / "was-a-dir" / "x").write_text("x")
    shutil.rmtree(previous / "c")
    (previous / "c").write_text("a file")
    (previous / "alias.html").unlink()
    os.symlink("index.html", previous / "alias.html")
    (previous / "old-folder" / "deeper").mkdir(parents=True)

    _mirror(str(live), str(previous))

    assert _tree(previous) == _tree(live)
    assert (previous / "a" / "page.html").read_text() == "page"
