"""Topic lists: editable TOML files of topics with evidence words."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from reportdesk import resources
from reportdesk.files import long_path, short
from reportdesk.model import OTHER, UserError

BUNDLED = ("education", "government")
MAX_BYTES = 5 * 1024 * 1024  # a topic list is a few kilobytes
STRONG_WEIGHT = 3.0


class TaxonomyError(UserError, ValueError):
    """A topic list that cannot be used; the message says what is wrong."""


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    description: str
    weights: tuple[tuple[str, float], ...]  # evidence word -> weight


@dataclass(frozen=True)
class Taxonomy:
    id: str
    name: str
    topics: tuple[Topic, ...]
    signature: tuple[str, ...] = ()
    source: str = ""
    # phrases that contain a topic's word without being about the topic (外部环境 is no
    # 环境 of ecology): found as words of their own, they hide the word inside them
    neutral: tuple[str, ...] = ()

    def __hash__(self) -> int:
        # Lists are looked up by value (a scorer per list); hashing every word each time is slow,
        # and equal lists have equal ids, names and sources anyway.
        return hash((self.id, self.name, self.source, len(self.topics)))

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.topics)

    def words(self) -> set[str]:
        return {w for t in self.topics for w, _ in t.weights} | set(self.signature)


def load_taxonomy(path: str | Path) -> Taxonomy:
    """Read a topic list; TaxonomyError says what is wrong with it."""
    if "\x00" in str(path):
        raise TaxonomyError("无法读取主题表：文件路径中含有无效的空字符")
    path = Path(path)
    name = short(path.name)
    try:
        target = Path(long_path(path))  # deep folders on Windows
        if target.stat().st_size > MAX_BYTES:
            raise TaxonomyError(f"主题表“{name}”太大（超过 {MAX_BYTES // 1024 // 1024} MB），不像主题表")
        data = tomllib.loads(target.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise TaxonomyError(f"无法读取主题表“{name}”：{exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise TaxonomyError(f"主题表“{name}”不是文本文件（应为 UTF-8 编码的 .toml）") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"主题表“{name}”格式有误：{exc}") from exc
    except RecursionError as exc:
        raise TaxonomyError(f"主题表“{name}”格式有误：嵌套过深") from exc
    topics = []
    seen = set()
    for entry in data.get("topics", []):
        topic_id = str(entry.get("id", "")).strip()
        if not topic_id or topic_id in seen:
            raise TaxonomyError(f"主题表“{name}”中有主题缺少 id 或 id 重复：{topic_id!r}")
        seen.add(topic_id)
        weights: dict[str, float] = {}
        for word in entry.get("words", []):
            weights[str(word)] = max(weights.get(str(word), 0.0), 1.0)
        for word in entry.get("strong", []):
            weights[str(word)] = STRONG_WEIGHT
        topics.append(Topic(topic_id, str(entry.get("name", topic_id)), str(entry.get("description", "")),
                            tuple(sorted(weights.items()))))
    if not topics:
        raise TaxonomyError(f"主题表“{name}”中没有任何主题（[[topics]]）")
    if OTHER not in seen:
        topics.append(Topic(OTHER, "其他", "不属于以上主题", ()))
    return Taxonomy(id=str(data.get("id", path.stem)), name=str(data.get("name", path.stem)),
                    topics=tuple(topics), signature=tuple(data.get("signature", [])), source=str(path),
                    neutral=tuple(str(w) for w in data.get("neutral", [])))


def bundled_taxonomies() -> list[Taxonomy]:
    return [load_taxonomy(resources.path(f"taxonomy/{name}.toml")) for name in BUNDLED]


BUNDLED_PREFIX = "bundled:"


def taxonomy_for(choice: str) -> Taxonomy | None:
    """The topic list a user chose: "" to choose automatically (None), "bundled:<id>" for a
    list that comes with the program, or the path of a list file (TaxonomyError if unusable)."""
    if not choice:
        return None
    if choice.startswith(BUNDLED_PREFIX):
        name = choice[len(BUNDLED_PREFIX):]
        if name not in BUNDLED:
            raise TaxonomyError(f"没有名为“{name}”的自带主题表")
        return load_taxonomy(resources.path(f"taxonomy/{name}.toml"))
    return load_taxonomy(choice)
