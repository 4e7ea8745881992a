#!/usr/bin/env node
// Builds the bundled "Emoji" demo graphs (see the Emoji section of README.md beside this file).
//
//   node make-emoji.mjs --modules DIR [--out DIR] [--en-only]
//
// DIR is a node_modules folder holding the pinned packages; make-emoji.sh installs them and is the
// one command to use. Writes three folders under --out:
//
//   emoji/        English graph, Twemoji artwork (64 px PNGs copied as shipped), split for link
//                 prediction
//   emoji-zh/     the same emoji under Chinese keys and labels, drawn by Noto Emoji (downscaled to
//                 32 px so the pair stays small), 20% of the facts removed
//   emoji-en-zh/  the pairs that align the two (not written with --en-only)
//
// and rewrites the Emoji section of README.md (between the EMOJI-BEGIN/EMOJI-END markers).
// As in make-countries.mjs, output must be byte-for-byte reproducible from the pinned inputs: no
// clock, no Math.random, no locale-aware sorting or number formatting, and every list is put in a
// defined order before it is written.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const PINNED = {
  'emojibase-data': '16.0.3',
  'emoji-datasource-twitter': '16.0.0',
  'emoji-datasource-google': '16.0.0',
  pngjs: '7.0.0',
};

const SOURCES_EN = [
  { name: 'emojibase-data', version: PINNED['emojibase-data'], license: 'MIT', url: 'https://github.com/milesj/emojibase' },
  { name: 'emoji-datasource-twitter', version: PINNED['emoji-datasource-twitter'], license: 'CC-BY-4.0 (Twemoji graphics), MIT (data)', url: 'https://github.com/iamcal/emoji-data' },
];
const SOURCES_ZH = [
  { name: 'emojibase-data', version: PINNED['emojibase-data'], license: 'MIT', url: 'https://github.com/milesj/emojibase' },
  { name: 'emoji-datasource-google', version: PINNED['emoji-datasource-google'], license: 'Apache-2.0 (Noto Emoji graphics), MIT (data)', url: 'https://github.com/iamcal/emoji-data' },
];

// Seeds are fixed so that a regenerated bundle keeps its splits; change one only on purpose.
const SEED_SPLIT_EN = 20251201;
const SEED_SPLIT_ZH = 20251202;
const SEED_DROP_ZH = 20251203;
const SEED_PAIRS = 20251204;

// Shares of the split relations' triples (tagged, in_subgroup) held out; every other relation
// stays in train (it is structure the model reads, not a question it is asked).
const VALID_SHARE = 0.1;
const TEST_SHARE = 0.1;
const SPLIT_RELATIONS = new Set(['tagged', 'in_subgroup']);
const ZH_DROP_SHARE = 0.2;
const PAIRS_TRAIN_SHARE = 0.3;
// A tag becomes an entity when at least this many emoji carry it: a tag of one emoji links
// nothing and could never be both trained on and held out.
const MIN_TAG_EMOJI = 2;
// Noto artwork is halved (64 -> 32 px, an exact 2x2 box filter) so that the Chinese bundle adds
// well under the 10 MB the pair may cost; Twemoji's 64 px files are already palette PNGs.
const NOTO_SIZE = 32;
const TWEMOJI_DIR = 'img/twitter/64';
const NOTO_DIR = 'img/google/64';
// How many examples a description names before "and N more".
const DESCRIPTION_EXAMPLES = 6;

// ---------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const usage = 'usage: make-emoji.mjs --modules DIR [--out DIR] [--en-only]';
  const args = { modules: null, out: here, enOnly: false };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--modules' && i + 1 < argv.length) args.modules = argv[++i];
    else if (a === '--out' && i + 1 < argv.length) args.out = argv[++i];
    else if (a === '--en-only') args.enOnly = true;
    else throw new Error(`unknown argument: ${a}\n${usage}`);
  }
  if (!args.modules) throw new Error(usage);
  return args;
}

// ---------------------------------------------------------------------------------------------
// Deterministic helpers (the same as make-countries.mjs; each generator stands alone)

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, seed) {
  const rng = mulberry32(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; --i) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function escapeField(value) {
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function tsv(header, rows) {
  const lines = [header.join('\t')];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`row has ${row.length} fields, want ${header.length}: ${row}`);
    lines.push(row.map(escapeField).join('\t'));
  }
  return lines.join('\n') + '\n';
}

function listEn(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function countEn(n, one, many) {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

function capitalise(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

// ---------------------------------------------------------------------------------------------
// Chinese script

// emojibase's zh messages mix in a few Traditional characters (食物飲料, 旅遊地點, 膚色, 髮型...).
// The bundle is Simplified (zh-Hans), so they are mapped; the check stops the build when new data
// brings a Traditional character the map does not cover.
const TRADITIONAL_TO_SIMPLIFIED = {
  '飲': '饮', '遊': '游', '點': '点', '競': '竞', '號': '号', '膚': '肤', '髮': '发', '類': '类',
  '動': '动', '鳥': '鸟', '蟲': '虫', '亞': '亚', '產': '产', '標': '标', '誌': '志', '體': '体',
};
const KNOWN_TRADITIONAL = /[飲遊點競號膚髮類動鳥蟲亞產標誌體]/;

function zhHans(s) {
  const out = [...s].map((ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch).join('');
  if (KNOWN_TRADITIONAL.test(out)) throw new Error(`Traditional character left in "${out}": extend TRADITIONAL_TO_SIMPLIFIED`);
  return out;
}

function listZh(items) {
  return items.join('、');
}

// ---------------------------------------------------------------------------------------------
// Input

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// emojibase numbers skin tones 1..5; its messages key them by name. Fitzpatrick types are the
// ones Unicode gives for the modifiers U+1F3FB..U+1F3FF.
const TONES = [
  { tone: 1, key: 'light', modifier: '1F3FB', fitzpatrick: '1–2' },
  { tone: 2, key: 'medium-light', modifier: '1F3FC', fitzpatrick: '3' },
  { tone: 3, key: 'medium', modifier: '1F3FD', fitzpatrick: '4' },
  { tone: 4, key: 'medium-dark', modifier: '1F3FE', fitzpatrick: '5' },
  { tone: 5, key: 'dark', modifier: '1F3FF', fitzpatrick: '6' },
];

function loadInputs(modules) {
  for (const [name, version] of Object.entries(PINNED)) {
    const pkg = readJson(path.join(modules, name, 'package.json'));
    if (pkg.version !== version) throw new Error(`${name} is ${pkg.version} in ${modules}, the demo is pinned to ${version}`);
  }
  const base = path.join(modules, 'emojibase-data');
  const imageIndex = (set) => {
    // emojibase hexcodes are fully qualified where Unicode qualifies them; emoji-datasource keys
    // by "unified" with a "non_qualified" form beside it, so both are indexed.
    const index = new Map();
    for (const d of readJson(path.join(modules, set, 'emoji.json'))) {
      const entries = [d, ...Object.values(d.skin_variations ?? {})];
      for (const v of entries) {
        for (const code of [v.unified, v.non_qualified]) if (code && !index.has(code)) index.set(code, v.image);
      }
    }
    return index;
  };
  const req = createRequire(path.join(modules, 'pngjs', 'package.json'));
  return {
    en: readJson(path.join(base, 'en', 'data.json')),
    zh: readJson(path.join(base, 'zh', 'data.json')),
    enMessages: readJson(path.join(base, 'en', 'messages.json')),
    zhMessages: readJson(path.join(base, 'zh', 'messages.json')),
    github: readJson(path.join(base, 'en', 'shortcodes', 'github.json')),
    twemoji: { index: imageIndex('emoji-datasource-twitter'), dir: path.join(modules, 'emoji-datasource-twitter', TWEMOJI_DIR) },
    noto: { index: imageIndex('emoji-datasource-google'), dir: path.join(modules, 'emoji-datasource-google', NOTO_DIR) },
    licenses: {
      emojibase: fs.readFileSync(path.join(base, 'LICENSE'), 'utf8').trim(),
      datasource: fs.readFileSync(path.join(modules, 'emoji-datasource-twitter', 'LICENSE'), 'utf8').trim(),
    },
    PNG: req('pngjs').PNG,
  };
}

// ---------------------------------------------------------------------------------------------
// The graph, independent of language

const RELATIONS = [
  { key: 'in_group', en: 'in group', enDesc: 'the Unicode emoji group the emoji is listed in', zh: '所属类别', zhDesc: '该表情符号所属的 Unicode 表情类别' },
  { key: 'in_subgroup', en: 'in sub-group', enDesc: 'the Unicode emoji sub-group the emoji is listed in', zh: '所属子类别', zhDesc: '该表情符号所属的 Unicode 表情子类别' },
  { key: 'subgroup_of', en: 'sub-group of', enDesc: 'the group a sub-group belongs to', zh: '子类别属于', zhDesc: '子类别所属的类别' },
  { key: 'tagged', en: 'tagged', enDesc: 'a keyword CLDR annotates the emoji with (emojibase tags)', zh: '标签', zhDesc: 'CLDR 为该表情符号标注的关键词' },
  { key: 'skin_tone_variant_of', en: 'skin-tone variant of', enDesc: 'the emoji this one is with a skin-tone modifier applied', zh: '肤色变体', zhDesc: '该表情符号是哪个表情加上肤色修饰后的变体' },
  { key: 'has_skin_tone', en: 'has skin tone', enDesc: 'a skin tone the emoji shows (two for some people pairs)', zh: '肤色', zhDesc: '该表情符号显示的肤色（部分双人表情有两种）' },
  { key: 'component_of', en: 'component of', enDesc: 'the emoji is one of the parts a zero-width-joiner (ZWJ) sequence joins', zh: '组成部分', zhDesc: '该表情符号是某个零宽连接符（ZWJ）序列的组成部分' },
];
const RELATION_ORDER = new Map(RELATIONS.map((r, i) => [r.key, i]));
const KINDS = ['emoji', 'group', 'subgroup', 'skin-tone', 'tag'];

// CLDR keywords include bare digits and punctuation ("0", "!", "<3") for keycaps and symbols;
// they are not words a person would look an emoji up by, and they crowd the top of the entity
// list, so only keywords with a letter or ideograph become tag entities.
const isKeyword = (tag) => /\p{L}/u.test(tag);

const stripFe0f = (hex) => hex.split('-').filter((p) => p !== 'FE0F').join('-');

function buildGraph(inputs) {
  const entities = new Map();
  const add = (e) => {
    if (entities.has(e.key)) throw new Error(`duplicate entity key ${e.key}`);
    entities.set(e.key, e);
    return e;
  };
  const zhByHex = new Map();
  for (const e of inputs.zh) {
    zhByHex.set(e.hexcode, e);
    for (const s of e.skins ?? []) zhByHex.set(s.hexcode, s);
  }
  const groupMsg = (messages) => new Map(messages.groups.map((g) => [g.order, g]));
  const subgroupMsg = (messages) => new Map(messages.subgroups.map((g) => [g.order, g]));
  const enGroups = groupMsg(inputs.enMessages);
  const zhGroups = groupMsg(inputs.zhMessages);
  const enSubs = subgroupMsg(inputs.enMessages);
  const zhSubs = subgroupMsg(inputs.zhMessages);
  const enTones = new Map(inputs.enMessages.skinTones.map((t) => [t.key, t.message]));
  const zhTones = new Map(inputs.zhMessages.skinTones.map((t) => [t.key, t.message]));

  // Emoji in emojibase order (the Unicode emoji ordering), skin-tone variants after their base.
  // Regional indicator letters have no group and no artwork: they are left out.
  const emojiList = [];
  for (const base of inputs.en.slice().sort((a, b) => a.order - b.order || cmp(a.hexcode, b.hexcode))) {
    if (base.group === undefined) continue;
    emojiList.push({ data: base, base: null });
    for (const s of base.skins ?? []) emojiList.push({ data: s, base });
  }
  const groupsUsed = new Set();
  const subgroupsUsed = new Map(); // subgroup order -> group order
  for (const { data } of emojiList) {
    groupsUsed.add(data.group);
    const known = subgroupsUsed.get(data.subgroup);
    if (known !== undefined && known !== data.group) throw new Error(`sub-group ${data.subgroup} in two groups`);
    subgroupsUsed.set(data.subgroup, data.group);
  }

  const tagCounts = new Map();
  for (const { data } of emojiList) for (const t of data.tags ?? []) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
  const zhTagCounts = new Map();
  for (const { data } of emojiList) {
    for (const t of zhByHex.get(data.hexcode)?.tags ?? []) zhTagCounts.set(zhHans(t), (zhTagCounts.get(zhHans(t)) ?? 0) + 1);
  }

  const byStripped = new Map();
  for (const { data, base } of emojiList) {
    const zhData = zhByHex.get(data.hexcode);
    if (!zhData) throw new Error(`no Chinese data for ${data.hexcode}`);
    // A few skin-tone variants (the "facing right" people) repeat their base's label; the tone is
    // appended so that every label names one emoji.
    const tonesOf = data.tone === undefined ? [] : [].concat(data.tone);
    let en = data.label;
    let zh = zhHans(zhData.label);
    if (base && en === base.label) en = `${en}: ${tonesOf.map((t) => enTones.get(TONES[t - 1].key)).join(', ')}`;
    if (base && zh === zhHans(zhByHex.get(base.hexcode).label)) zh = `${zh}: ${tonesOf.map((t) => zhTones.get(TONES[t - 1].key)).join(', ')}`;
    const e = add({
      key: `emoji/${data.hexcode}`, kind: 'emoji', hexcode: data.hexcode, char: data.emoji, en, zh,
      version: data.version, tags: data.tags ?? [], zhTags: (zhData.tags ?? []).map(zhHans),
      group: data.group, subgroup: data.subgroup, baseKey: base ? `emoji/${base.hexcode}` : null,
      tones: tonesOf, twemoji: inputs.twemoji.index.get(data.hexcode) ?? null, noto: inputs.noto.index.get(data.hexcode) ?? null,
      shortcodes: [].concat(inputs.github[data.hexcode] ?? []),
    });
    byStripped.set(stripFe0f(data.hexcode), e.key);
  }
  for (const order of [...groupsUsed].sort((a, b) => a - b)) {
    const m = enGroups.get(order);
    add({ key: `group/${m.key}`, kind: 'group', order, en: capitalise(m.message), zh: zhHans(zhGroups.get(order).message) });
  }
  for (const order of [...subgroupsUsed.keys()].sort((a, b) => a - b)) {
    const m = enSubs.get(order);
    add({
      key: `subgroup/${m.key}`, kind: 'subgroup', order, en: m.message, zh: zhHans(zhSubs.get(order).message),
      groupKey: `group/${enGroups.get(subgroupsUsed.get(order)).key}`,
    });
  }
  for (const t of TONES) {
    add({
      key: `skin-tone/${t.key}`, kind: 'skin-tone', tone: t.tone, fitzpatrick: t.fitzpatrick,
      // The modifier emoji is labelled "light skin tone" already; the concept says its type.
      en: `${enTones.get(t.key)} (type ${t.fitzpatrick})`, zh: `${zhTones.get(t.key)}（${t.fitzpatrick}型）`,
      modifierKey: `emoji/${t.modifier}`,
    });
  }
  for (const tag of [...tagCounts.keys()].sort(cmp)) {
    if (tagCounts.get(tag) < MIN_TAG_EMOJI || !isKeyword(tag)) continue;
    add({ key: `tag/${tag}`, kind: 'tag', tag, en: `#${tag}` });
  }
  const zhTags = [...zhTagCounts.keys()].filter((t) => zhTagCounts.get(t) >= MIN_TAG_EMOJI && isKeyword(t)).sort(cmp);

  const triples = [];
  const seen = new Set();
  const fact = (h, r, t) => {
    if (!entities.has(h) || !entities.has(t)) throw new Error(`triple with unknown entity: ${h} ${r} ${t}`);
    const id = `${h}\t${r}\t${t}`;
    if (seen.has(id)) return;
    seen.add(id);
    triples.push([h, r, t]);
  };
  const groupKey = (order) => `group/${enGroups.get(order).key}`;
  const subgroupKey = (order) => `subgroup/${enSubs.get(order).key}`;
  for (const e of entities.values()) {
    if (e.kind === 'subgroup') fact(e.key, 'subgroup_of', e.groupKey);
    if (e.kind !== 'emoji') continue;
    fact(e.key, 'in_group', groupKey(e.group));
    fact(e.key, 'in_subgroup', subgroupKey(e.subgroup));
    for (const tag of e.tags) if (entities.has(`tag/${tag}`)) fact(e.key, 'tagged', `tag/${tag}`);
    if (e.baseKey) fact(e.key, 'skin_tone_variant_of', e.baseKey);
    for (const t of e.tones) fact(e.key, 'has_skin_tone', `skin-tone/${TONES[t - 1].key}`);
    const modifier = TONES.find((t) => `emoji/${t.modifier}` === e.key);
    if (modifier) fact(e.key, 'has_skin_tone', `skin-tone/${modifier.key}`);
    const parts = e.hexcode.split('-200D-');
    if (parts.length > 1) {
      for (const p of parts) {
        const part = byStripped.get(stripFe0f(p));
        if (!part) throw new Error(`ZWJ part ${p} of ${e.hexcode} is not an emoji of the graph`);
        fact(part, 'component_of', e.key);
      }
    }
  }
  return { entities, triples: sortTriples(triples), zhTags };
}

function orderedEntities(entities) {
  const kindOrder = new Map(KINDS.map((k, i) => [k, i]));
  // Emoji keep emojibase's order (the map is filled in it); the rest sort by key.
  const emojiIndex = new Map([...entities.values()].filter((e) => e.kind === 'emoji').map((e, i) => [e.key, i]));
  return [...entities.values()].sort((a, b) => (kindOrder.get(a.kind) - kindOrder.get(b.kind)) ||
    ((emojiIndex.get(a.key) ?? 0) - (emojiIndex.get(b.key) ?? 0)) || cmp(a.key, b.key));
}

function sortTriples(triples) {
  return triples.slice().sort((a, b) =>
    cmp(a[0], b[0]) || (RELATION_ORDER.get(a[1]) - RELATION_ORDER.get(b[1])) || cmp(a[2], b[2]));
}

function indexTriples(triples) {
  const out = new Map();
  const inc = new Map();
  for (const [h, r, t] of triples) {
    const o = `${h}\t${r}`;
    const i = `${t}\t${r}`;
    if (!out.has(o)) out.set(o, []);
    if (!inc.has(i)) inc.set(i, []);
    out.get(o).push(t);
    inc.get(i).push(h);
  }
  return { out: (h, r) => out.get(`${h}\t${r}`) ?? [], in: (t, r) => inc.get(`${t}\t${r}`) ?? [] };
}

// ---------------------------------------------------------------------------------------------
// Splits

// A base emoji's sub-group and its skin-tone variants' sub-groups are one group of triples: the
// variants' triples would otherwise answer the base's held-out one (and the other way round).
function splitGroupKey([h, r, t], entities) {
  if (r === 'in_subgroup') return `in_subgroup\t${entities.get(h)?.baseKey ?? h}`;
  return `${r}\t${h}\t${t}`;
}

// Everything starts in train. Shuffled groups of tagged / in_subgroup triples move to valid or
// test while the head keeps a train triple, and the tail keeps a train triple of the same
// relation (a held-out tag or sub-group is still one the model saw used), so the shares come
// out exact unless too few groups are movable.
function splitTriples(triples, entities, seed) {
  const groups = new Map();
  let splittable = 0;
  for (const t of triples) {
    if (!SPLIT_RELATIONS.has(t[1])) continue;
    splittable += 1;
    const k = splitGroupKey(t, entities);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(t);
  }
  const trainCount = new Map();
  const bump = (k, d) => trainCount.set(k, (trainCount.get(k) ?? 0) + d);
  const uses = ([h, r, t]) => [`e\t${h}`, `e\t${t}`, `t\t${r}\t${t}`, `r\t${r}`];
  for (const t of triples) for (const id of uses(t)) bump(id, 1);

  const quota = { valid: Math.round(splittable * VALID_SHARE), test: Math.round(splittable * TEST_SHARE) };
  const held = { valid: [], test: [] };
  const placed = new Set();
  for (const k of shuffled([...groups.keys()].sort(cmp), seed)) {
    if (held.valid.length >= quota.valid && held.test.length >= quota.test) break;
    const g = groups.get(k);
    const split = ['valid', 'test'].find((s) => held[s].length + g.length <= quota[s]);
    if (!split) continue;
    const use = new Map();
    for (const t of g) for (const id of uses(t)) use.set(id, (use.get(id) ?? 0) + 1);
    if ([...use].some(([id, n]) => trainCount.get(id) - n < 1)) continue;
    for (const [id, n] of use) bump(id, -n);
    held[split].push(...g);
    placed.add(k);
  }
  const isHeld = (t) => SPLIT_RELATIONS.has(t[1]) && placed.has(splitGroupKey(t, entities));
  const train = triples.filter((t) => !isHeld(t));
  return { train: sortTriples(train), valid: sortTriples(held.valid), test: sortTriples(held.test) };
}

// ---------------------------------------------------------------------------------------------
// Images

// 2x2 box filter on premultiplied alpha (so transparent pixels' colour does not bleed into the
// edge), then written as an RGBA PNG at the highest zlib level.
function halvePng(PNG, file) {
  const src = PNG.sync.read(fs.readFileSync(file));
  if (src.width !== 2 * NOTO_SIZE || src.height !== 2 * NOTO_SIZE) throw new Error(`${file}: ${src.width}x${src.height}, want ${2 * NOTO_SIZE} px square`);
  const dst = new PNG({ width: NOTO_SIZE, height: NOTO_SIZE });
  for (let y = 0; y < NOTO_SIZE; ++y) {
    for (let x = 0; x < NOTO_SIZE; ++x) {
      let r = 0; let g = 0; let b = 0; let a = 0;
      for (let dy = 0; dy < 2; ++dy) {
        for (let dx = 0; dx < 2; ++dx) {
          const i = ((2 * y + dy) * src.width + (2 * x + dx)) * 4;
          const al = src.data[i + 3];
          r += src.data[i] * al; g += src.data[i + 1] * al; b += src.data[i + 2] * al; a += al;
        }
      }
      const o = (y * NOTO_SIZE + x) * 4;
      dst.data[o] = a ? Math.round(r / a) : 0;
      dst.data[o + 1] = a ? Math.round(g / a) : 0;
      dst.data[o + 2] = a ? Math.round(b / a) : 0;
      dst.data[o + 3] = Math.round(a / 4);
    }
  }
  return PNG.sync.write(dst, { colorType: 6, deflateLevel: 9, deflateStrategy: 1 });
}

// ---------------------------------------------------------------------------------------------
// English bundle

function englishBundle(graph, splits, inputs) {
  const { entities } = graph;
  // Descriptions state only train facts: the text an entity carries must not answer its own
  // valid/test triples (text tokens are read from it).
  const ix = indexTriples(splits.train);
  const heldTags = new Set([...splits.valid, ...splits.test].filter((t) => t[1] === 'tagged').map((t) => `${t[0]}\t${t[2]}`));
  const label = (k) => entities.get(k).en;
  const named = (k) => {
    const e = entities.get(k);
    return e.kind === 'emoji' ? `${e.char} ${e.en}` : e.en;
  };
  const examples = (keys) => {
    const shown = keys.slice(0, DESCRIPTION_EXAMPLES).map(named);
    return keys.length > DESCRIPTION_EXAMPLES ? `${shown.join(', ')} and ${keys.length - DESCRIPTION_EXAMPLES} more` : listEn(shown);
  };
  const emojiOrder = new Map(orderedEntities(entities).map((e, i) => [e.key, i]));
  const inOrder = (keys) => keys.slice().sort((a, b) => emojiOrder.get(a) - emojiOrder.get(b));

  const describe = (e) => {
    switch (e.kind) {
      case 'emoji': {
        const parts = [];
        const group = ix.out(e.key, 'in_group').map(label);
        const sub = ix.out(e.key, 'in_subgroup').map(label);
        const where = sub.length ? `the sub-group “${sub.join(', ')}” of ${group.join(', ')}` : `the group ${group.join(', ')}`;
        const variant = ix.out(e.key, 'skin_tone_variant_of');
        if (variant.length) {
          const tones = ix.out(e.key, 'has_skin_tone').map((t) => entities.get(t).en);
          parts.push(`${e.char} ${e.en} is the ${listEn(tones)} variant of ${named(variant[0])}, in ${where}.`);
        } else {
          parts.push(`${e.char} ${e.en} is an emoji in ${where}.`);
        }
        const made = e.hexcode.includes('-200D-') ? inOrder(ix.in(e.key, 'component_of')) : [];
        if (made.length) parts.push(`It joins ${listEn(made.map(named))} with zero-width joiners.`);
        const partOf = inOrder(ix.out(e.key, 'component_of'));
        if (partOf.length) parts.push(`It is a part of ${countEn(partOf.length, 'ZWJ sequence', 'ZWJ sequences')}, such as ${examples(partOf.slice(0, 3))}.`);
        const keywords = e.tags.filter((t) => !heldTags.has(`${e.key}\ttag/${t}`));
        if (keywords.length) parts.push(`Keywords: ${keywords.join(', ')}.`);
        parts.push(`Added in Emoji ${Number.isInteger(e.version) ? `${e.version}.0` : e.version}.`);
        return parts.join(' ');
      }
      case 'group': {
        const subs = ix.in(e.key, 'subgroup_of');
        const members = ix.in(e.key, 'in_group');
        return `${e.en} is one of the Unicode emoji groups, with ${countEn(members.length, 'emoji', 'emoji')} in ` +
          `${countEn(subs.length, 'sub-group', 'sub-groups')}: ${listEn(subs.map(label))}.`;
      }
      case 'subgroup': {
        const members = inOrder(ix.in(e.key, 'in_subgroup')).filter((k) => !entities.get(k).baseKey);
        const group = ix.out(e.key, 'subgroup_of').map(label);
        return `“${e.en}” is a sub-group of ${listEn(group)}` +
          (members.length ? ` with ${countEn(members.length, 'emoji', 'emoji')} (not counting skin tones), such as ${examples(members)}.` : '.');
      }
      case 'skin-tone': {
        const users = ix.in(e.key, 'has_skin_tone');
        return `${e.en} is one of the five skin-tone modifiers Unicode takes from the Fitzpatrick scale ` +
          `(type ${e.fitzpatrick}); ${countEn(users.length, 'emoji shows', 'emoji show')} it.`;
      }
      case 'tag': {
        const users = inOrder(ix.in(e.key, 'tagged'));
        return `${e.en} is a keyword that CLDR gives to ${countEn(users.length, 'emoji', 'emoji')}: ${examples(users)}.`;
      }
      default:
        throw new Error(`unknown kind ${e.kind}`);
    }
  };

  const entityRows = [];
  const images = [];
  const aliasRows = [];
  for (const e of orderedEntities(entities)) {
    const imgs = [];
    if (e.twemoji) {
      imgs.push(`images/twemoji/${e.twemoji}`);
      images.push({ from: path.join(inputs.twemoji.dir, e.twemoji), to: `images/twemoji/${e.twemoji}` });
    }
    entityRows.push([e.key, e.en, describe(e), imgs.join('|')]);
    if (e.zh) aliasRows.push([e.key, e.zh, 'zh-Hans']);
    if (e.kind === 'emoji') {
      aliasRows.push([e.key, e.char, '']);
      for (const s of e.shortcodes) aliasRows.push([e.key, `:${s}:`, '']);
    }
    if (e.kind === 'tag') aliasRows.push([e.key, e.tag, 'en']);
  }
  return { entityRows, aliasRows, relationRows: RELATIONS.map((r) => [r.key, r.en, r.enDesc]), images };
}

// ---------------------------------------------------------------------------------------------
// Chinese bundle

// The Chinese graph has its own keys (from the Chinese names, so the alignment cannot be read off
// them), its own tags (emojibase's Chinese keywords are written for Chinese, not translated, so
// tag entities do not pair up), Noto artwork, and 20% of the facts removed.
function chineseGraph(graph) {
  const { entities } = graph;
  const keys = new Map();
  const used = new Set();
  const prefix = { emoji: '表情', group: '类别', subgroup: '子类别', 'skin-tone': '肤色' };
  for (const e of orderedEntities(entities)) {
    if (e.kind === 'tag') continue;
    let k = `${prefix[e.kind]}/${e.zh}`;
    // Chinese labels of a few emoji coincide (e.g. keycaps); the code point tells them apart.
    if (used.has(k)) k = `${k}/${e.hexcode}`;
    if (used.has(k)) throw new Error(`Chinese key ${k} is not unique`);
    used.add(k);
    keys.set(e.key, k);
  }
  const zhEntities = new Map();
  for (const e of orderedEntities(entities)) if (keys.has(e.key)) zhEntities.set(keys.get(e.key), { ...e, key: keys.get(e.key), enKey: e.key });
  for (const tag of graph.zhTags) zhEntities.set(`标签/${tag}`, { key: `标签/${tag}`, kind: 'tag', zh: `#${tag}`, tag });

  const triples = [];
  for (const [h, r, t] of graph.triples) {
    if (r === 'tagged') continue;
    triples.push([keys.get(h), r, keys.get(t)]);
  }
  for (const e of zhEntities.values()) {
    if (e.kind !== 'emoji') continue;
    for (const tag of new Set(e.zhTags)) if (zhEntities.has(`标签/${tag}`)) triples.push([e.key, 'tagged', `标签/${tag}`]);
  }
  // Triples are dropped in a seeded order, skipping any whose removal would leave an entity with
  // no triple at all (an isolated entity can be neither aligned by structure nor predicted).
  const degree = new Map();
  for (const [h, , t] of triples) for (const k of [h, t]) degree.set(k, (degree.get(k) ?? 0) + 1);
  const byId = new Map(triples.map((t) => [t.join('\t'), t]));
  const quota = Math.round(triples.length * ZH_DROP_SHARE);
  const dropped = new Set();
  for (const id of shuffled([...byId.keys()].sort(cmp), SEED_DROP_ZH)) {
    if (dropped.size >= quota) break;
    const [h, , t] = byId.get(id);
    if (degree.get(h) <= 1 || degree.get(t) <= 1) continue;
    degree.set(h, degree.get(h) - 1);
    degree.set(t, degree.get(t) - 1);
    dropped.add(id);
  }
  const kept = sortTriples(triples.filter((t) => !dropped.has(t.join('\t'))));
  for (const e of zhEntities.values()) if (e.baseKey) e.baseKey = keys.get(e.baseKey);
  return { entities: zhEntities, triples: kept, keys, droppedCount: dropped.size, allCount: triples.length };
}

function chineseBundle(zg, splits, inputs) {
  const { entities } = zg;
  const ix = indexTriples(splits.train);
  const heldTags = new Set([...splits.valid, ...splits.test].filter((t) => t[1] === 'tagged').map((t) => `${t[0]}\t${t[2]}`));
  const label = (k) => entities.get(k).zh;
  const named = (k) => {
    const e = entities.get(k);
    return e.kind === 'emoji' ? `${e.char}${e.zh}` : e.zh;
  };
  const order = new Map(orderedEntities(entities).map((e, i) => [e.key, i]));
  const inOrder = (keys) => keys.slice().sort((a, b) => order.get(a) - order.get(b));
  const examples = (keys) => {
    const shown = keys.slice(0, DESCRIPTION_EXAMPLES).map(named);
    return keys.length > DESCRIPTION_EXAMPLES ? `${listZh(shown)}等${keys.length}个` : listZh(shown);
  };
  const describe = (e) => {
    switch (e.kind) {
      case 'emoji': {
        const parts = [];
        const group = ix.out(e.key, 'in_group').map(label);
        const sub = ix.out(e.key, 'in_subgroup').map(label);
        const where = [...group, ...sub.map((s) => `“${s}”子类别`)].join('的');
        const variant = ix.out(e.key, 'skin_tone_variant_of');
        const tones = ix.out(e.key, 'has_skin_tone').map(label);
        if (variant.length) parts.push(`${e.char}${e.zh}是${named(variant[0])}的${tones.length ? listZh(tones) : '肤色'}变体${where ? `，属于${where}` : ''}。`);
        else parts.push(`${e.char}${e.zh}是${where ? `${where}中的` : ''}一个表情符号。`);
        const made = e.hexcode.includes('-200D-') ? inOrder(ix.in(e.key, 'component_of')) : [];
        if (made.length) parts.push(`它由${listZh(made.map(named))}通过零宽连接符组成。`);
        const keywords = [...new Set(e.zhTags)].filter((t) => !heldTags.has(`${e.key}\t标签/${t}`));
        if (keywords.length) parts.push(`关键词：${listZh(keywords)}。`);
        parts.push(`收录于 Emoji ${Number.isInteger(e.version) ? `${e.version}.0` : e.version}。`);
        return parts.join('');
      }
      case 'group': {
        const subs = ix.in(e.key, 'subgroup_of');
        return `${e.zh}是 Unicode 表情符号的一个类别，包含${ix.in(e.key, 'in_group').length}个表情符号` +
          (subs.length ? `，分为${subs.length}个子类别：${listZh(subs.map(label))}。` : '。');
      }
      case 'subgroup': {
        const members = inOrder(ix.in(e.key, 'in_subgroup')).filter((k) => !entities.get(k).baseKey);
        const group = ix.out(e.key, 'subgroup_of').map(label);
        return `“${e.zh}”是${group.length ? `${listZh(group)}的` : '一个'}子类别` + (members.length ? `，包括${examples(members)}表情符号。` : '。');
      }
      case 'skin-tone':
        return `${e.zh}是 Unicode 依据菲茨帕特里克量表定义的五种肤色修饰之一；${ix.in(e.key, 'has_skin_tone').length}个表情符号显示这种肤色。`;
      case 'tag': {
        const users = inOrder(ix.in(e.key, 'tagged'));
        return `${e.zh}是 CLDR 为${users.length}个表情符号标注的关键词${users.length ? `，例如${examples(users)}` : ''}。`;
      }
      default:
        throw new Error(`unknown kind ${e.kind}`);
    }
  };
  const entityRows = [];
  const images = [];
  for (const e of orderedEntities(entities)) {
    const imgs = [];
    if (e.noto) {
      imgs.push(`images/noto/${e.noto}`);
      images.push({ bytes: () => halvePng(inputs.PNG, path.join(inputs.noto.dir, e.noto)), to: `images/noto/${e.noto}` });
    }
    entityRows.push([e.key, e.zh, describe(e), imgs.join('|')]);
  }
  // No aliases: the emoji character or an English name would give the alignment away.
  return { entityRows, aliasRows: [], relationRows: RELATIONS.map((r) => [r.key, r.zh, r.zhDesc]), images };
}

// ---------------------------------------------------------------------------------------------
// Output

function writeFile(root, rel, content) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function resetDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

function manifest({ name, description, language, license, sources }) {
  return {
    format: 'tessera-graph-bundle',
    version: 1,
    name,
    description,
    language,
    license,
    sources,
    tables: { entities: 'entities.tsv', aliases: 'aliases.tsv', relations: 'relations.tsv', train: 'train.tsv', valid: 'valid.tsv', test: 'test.tsv' },
  };
}

function writeBundle(dir, { manifestJson, entityRows, aliasRows, relationRows, splits, images, license }) {
  writeFile(dir, 'manifest.json', JSON.stringify(manifestJson, null, 2) + '\n');
  writeFile(dir, 'entities.tsv', tsv(['key', 'label', 'description', 'images'], entityRows));
  writeFile(dir, 'aliases.tsv', tsv(['entity', 'alias', 'language'], aliasRows));
  writeFile(dir, 'relations.tsv', tsv(['key', 'label', 'description'], relationRows));
  for (const s of ['train', 'valid', 'test']) writeFile(dir, `${s}.tsv`, tsv(['head', 'relation', 'tail'], splits[s]));
  for (const img of images) {
    const to = path.join(dir, img.to);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (img.from) fs.copyFileSync(img.from, to);
    else fs.writeFileSync(to, img.bytes());
  }
  writeFile(dir, 'LICENSE.md', license);
}

function folderBytes(dir) {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    n += entry.isDirectory() ? folderBytes(p) : fs.statSync(p).size;
  }
  return n;
}

const APACHE_NOTICE = `Noto Emoji images: Copyright 2013 Google LLC (and the Noto Emoji contributors), licensed
under the Apache License, Version 2.0 (the "License"); you may not use these files except in
compliance with the License. You may obtain a copy of the License at
http://www.apache.org/licenses/LICENSE-2.0 . Unless required by applicable law or agreed to in
writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the specific
language governing permissions and limitations under the License.

Changes made: the 64 px PNGs of emoji-datasource-google were downscaled to ${NOTO_SIZE} px
(2×2 box filter on premultiplied alpha) and re-encoded by \`make-emoji.mjs\`.`;

function licenseText(what, inputs, { twemoji, noto }) {
  const rows = [
    `| [emojibase-data](https://github.com/milesj/emojibase) by Miles Johnson | ${PINNED['emojibase-data']} | MIT | English and Chinese names, CLDR keywords (tags), groups, sub-groups, skin tones, GitHub shortcodes |`,
  ];
  if (twemoji) rows.push(`| [Twemoji](https://github.com/jdecked/twemoji) graphics via [emoji-datasource-twitter](https://github.com/iamcal/emoji-data) | ${PINNED['emoji-datasource-twitter']} (Twemoji 16.0.1) | CC-BY-4.0 (graphics), MIT (package) | \`images/twemoji/\`: the 64 px PNGs, copied unchanged |`);
  if (noto) rows.push(`| [Noto Emoji](https://github.com/googlefonts/noto-emoji) graphics via [emoji-datasource-google](https://github.com/iamcal/emoji-data) | ${PINNED['emoji-datasource-google']} (Noto Emoji 2.048) | Apache-2.0 (graphics), MIT (package) | \`images/noto/\`: the 64 px PNGs downscaled to ${NOTO_SIZE} px |`);
  const parts = [`# Licence of this folder

${what}

It was made by \`resources/demo/make-emoji.mjs\` from the sources below. Each part keeps the
licence of the source it came from.

## Sources

| source | version | licence | what was used |
| --- | --- | --- | --- |
${rows.join('\n')}

The relation labels, the Chinese names of skin-tone concepts, and the entity descriptions were
written for this bundle (composed from the facts above) and are released under the MIT licence
below, like the emojibase data they are made from.
`];
  if (twemoji) {
    parts.push(`## Twemoji graphics (CC-BY 4.0)

The images in \`images/twemoji/\` are Twemoji graphics: Copyright 2019 Twitter, Inc and other
contributors; Copyright 2024 jdecked and other contributors. They are licensed under the Creative
Commons Attribution 4.0 International licence (CC-BY 4.0,
https://creativecommons.org/licenses/by/4.0/). They are distributed here unchanged, as packaged in
emoji-datasource-twitter ${PINNED['emoji-datasource-twitter']} (\`img/twitter/64/\`). Attribution:
"Twemoji by Twitter, Inc and other contributors, CC-BY 4.0, https://github.com/jdecked/twemoji".
`);
  }
  if (noto) parts.push(`## Noto Emoji graphics (Apache-2.0)

${APACHE_NOTICE}
`);
  parts.push(`## emojibase-data licence

${inputs.licenses.emojibase}

## emoji-datasource licence (the packaging and its emoji.json index)

${inputs.licenses.datasource}
`);
  return parts.join('\n');
}

function countBy(items, keyFn) {
  const m = new Map();
  for (const it of items) m.set(keyFn(it), (m.get(keyFn(it)) ?? 0) + 1);
  return m;
}

function formatMiB(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

function readmeSection(stats) {
  const kindRows = KINDS.map((k) => `| ${k} | ${stats.kinds.get(k) ?? 0} | ${stats.zhKinds.get(k) ?? 0} | ${stats.examples[k]} |`).join('\n');
  const c = (sp, s, r) => sp[s].filter((t) => t[1] === r).length;
  const relRows = RELATIONS.map((r) => `| \`${r.key}\` | ${r.en} | ${c(stats.en, 'train', r.key)} | ${c(stats.en, 'valid', r.key)} | ${c(stats.en, 'test', r.key)} | ` +
    `${stats.zh ? c(stats.zh, 'train', r.key) + c(stats.zh, 'valid', r.key) + c(stats.zh, 'test', r.key) : '–'} |`).join('\n');
  const total = (sp) => sp.train.length + sp.valid.length + sp.test.length;
  return `<!-- EMOJI-BEGIN: written by make-emoji.mjs; edit the generator, not this section -->
# Demo graph: Emoji

A second, larger multi-modal graph: the ${stats.kinds.get('emoji')} emoji of Unicode 16.0 (with every
skin-tone variant and zero-width-joiner sequence) and their groups, sub-groups, skin tones and
keywords, with one picture per emoji — ${stats.images} distinct images, enough to show how a
visual codebook is used. Three folders, written by \`make-emoji.mjs\`:

| folder | format | what it is |
| --- | --- | --- |
| \`emoji/\` | \`tessera-graph-bundle\` | English names, Twemoji artwork, split for link prediction |
| \`emoji-zh/\` | \`tessera-graph-bundle\` | the same emoji under Chinese keys and names (\`zh-Hans\`), drawn by Noto Emoji, with Chinese keywords and ${Math.round(ZH_DROP_SHARE * 100)}% of the facts removed |
| \`emoji-en-zh/\` | \`tessera-alignment\` | the ${stats.pairs.train + stats.pairs.test} entity pairs that align the two (${stats.pairs.train} \`train\`, ${stats.pairs.test} \`test\`) |

Entities:

| kind | \`emoji\` | \`emoji-zh\` | English key (example) |
| --- | --- | --- | --- |
${kindRows}

Every emoji but the ${stats.kinds.get('emoji') - stats.images} hair-style components (which have no artwork in the
sources) has one image: \`emoji/images/twemoji/<code points>.png\`, Twemoji's 64 px PNG as
shipped; \`emoji-zh/images/noto/\` has the Noto Emoji drawing of the same emoji, downscaled to
${NOTO_SIZE} px. \`emoji/aliases.tsv\` has ${stats.enAliases} aliases: the Chinese name (\`zh-Hans\`), the emoji
character itself and GitHub shortcodes (\`:thumbsup:\`). Sizes (sum of file bytes, what a
clone costs): \`emoji/\` ${formatMiB(stats.enBytes)}${stats.zhBytes ? `, \`emoji-zh/\` ${formatMiB(stats.zhBytes)}` : ''}; \`du -sh\` shows more on most file systems because each
of the ${stats.images} small PNGs takes at least one 4 KiB block.

Triples per relation:

| relation | label | \`emoji\` train | valid | test | \`emoji-zh\` (all splits) |
| --- | --- | --- | --- | --- | --- |
${relRows}
| **all** | | **${stats.en.train.length}** | **${stats.en.valid.length}** | **${stats.en.test.length}** | **${stats.zh ? total(stats.zh) : '–'}** |

## How the Emoji graphs are made

- **Keys.** \`emoji/<code points>\` as emojibase writes them (\`emoji/1F600\`,
  \`emoji/1F44D-1F3FB\`), \`group/smileys-emotion\`, \`subgroup/face-smiling\`, \`skin-tone/light\`,
  \`tag/smile\`. Chinese keys are built from the Chinese names (\`表情/拇指向上\`, \`类别/笑脸\`,
  \`子类别/爱你哦\`, \`肤色/浅肤色（1–2型）\`, \`标签/微笑\`), so the alignment cannot be read off them.
- **Labels.** The emoji's CLDR name (emojibase \`label\`); a skin-tone variant whose name
  repeats its base's gets the tone appended. Tags are labelled \`#smile\` so that they are not
  confused with the emoji of the same name; skin-tone concepts say their Fitzpatrick type.
- **Relations.** \`tagged\` links an emoji to each CLDR keyword that at least ${MIN_TAG_EMOJI} emoji share
  (emojibase \`tags\`; variants carry none); keywords without a letter (\`0\`, \`!\`, \`<3\`) are left out. \`component_of\` links each part of a ZWJ sequence
  (the text between zero-width joiners, without U+FE0F) to the sequence, so 👨 and 🍳 are
  components of 👨‍🍳. Keycaps, flags and tag sequences are not ZWJ sequences and have none.
- **Splits.** Only \`tagged\` and \`in_subgroup\` triples are held out, about
  ${Math.round(VALID_SHARE * 100)}% of them each to valid and test, by a seeded shuffle; the other relations are the
  structure the model reads and stay in train. A base emoji's sub-group and its variants' land in
  the same split (a variant would otherwise answer its base). A triple is held out only if its
  emoji keeps a train triple and its tag or sub-group keeps a train triple of the same relation.
- **Descriptions** are composed from the train triples only, so an entity's text never states
  one of its own valid or test answers: the keywords listed are the emoji's keywords minus its
  held-out tags.
- **Chinese bundle.** Chinese names and keywords from emojibase's \`zh\` data (a few Traditional
  characters in its group names mapped to Simplified); its tags are the Chinese keywords, which are
  written for Chinese rather than translated, so tag entities are not aligned. ${Math.round(ZH_DROP_SHARE * 100)}% of its
  triples (${stats.zhDropped} of ${stats.zhAll}) are dropped by a seeded shuffle, then it is split the same way.
  It has no aliases: the emoji character would give the alignment away.
- **Alignment.** Emoji, groups, sub-groups and skin tones are paired; ${Math.round(PAIRS_TRAIN_SHARE * 100)}% of the pairs, chosen by a
  seeded shuffle, are marked \`train\`. Paired entities are drawn by different artists (Twemoji
  vs Noto), so images help but do not match pixel for pixel.
- **Reproducible.** Fixed seeds, no clock, code-point sorting: two runs give byte-identical files
  (the Noto PNGs are encoded by pngjs through Node's zlib at level 9).

## Regenerate the Emoji graphs

\`\`\`sh
resources/demo/make-emoji.sh             # all three folders
resources/demo/make-emoji.sh --en-only   # emoji/ alone
\`\`\`

Needs bash, Node.js 20 and npm with access to the npm registry, nothing else (the PNG
downscaling is pure JavaScript). The pinned packages of \`npm-emoji/package-lock.json\` are
installed by \`npm ci --ignore-scripts\` into \`\${XDG_CACHE_HOME:-~/.cache}/tessera-demo-npm-emoji\`
(or \`$TESSERA_DEMO_EMOJI_NPM_CACHE\`), about 200 MB, outside the repository.

## Emoji sources and licences

| source | version | licence | used for |
| --- | --- | --- | --- |
| [emojibase-data](https://github.com/milesj/emojibase) by Miles Johnson | ${PINNED['emojibase-data']} | MIT | names (en, zh), CLDR keywords, groups, sub-groups, skin tones, shortcodes |
| [Twemoji](https://github.com/jdecked/twemoji) in [emoji-datasource-twitter](https://github.com/iamcal/emoji-data) | ${PINNED['emoji-datasource-twitter']} | CC-BY-4.0 (graphics) | \`emoji/images/twemoji/\` |
| [Noto Emoji](https://github.com/googlefonts/noto-emoji) in [emoji-datasource-google](https://github.com/iamcal/emoji-data) | ${PINNED['emoji-datasource-google']} | Apache-2.0 (graphics) | \`emoji-zh/images/noto/\` |
| [pngjs](https://github.com/pngjs/pngjs) | ${PINNED.pngjs} | MIT | PNG decoding and encoding in the generator (nothing of it is in the bundles) |

The emoji-datasource packages themselves are MIT (their \`emoji.json\` maps code points to image
files). Each folder has a \`LICENSE.md\` with the attributions and licence texts.
<!-- EMOJI-END -->
`;
}

// The demo README is shared with make-countries.mjs: only the marked section is replaced.
function writeReadmeSection(outDir, section) {
  const file = path.join(outDir, 'README.md');
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const begin = old.indexOf('<!-- EMOJI-BEGIN');
  const endMarker = '<!-- EMOJI-END -->\n';
  const end = old.indexOf(endMarker);
  let text;
  if (begin >= 0 && end > begin) text = old.slice(0, begin) + section + old.slice(end + endMarker.length);
  else text = `${old}${old.endsWith('\n\n') || old === '' ? '' : '\n'}${section}`;
  fs.writeFileSync(file, text);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const inputs = loadInputs(args.modules);
  const graph = buildGraph(inputs);
  const enSplits = splitTriples(graph.triples, graph.entities, SEED_SPLIT_EN);
  const en = englishBundle(graph, enSplits, inputs);

  const enDir = path.join(args.out, 'emoji');
  const zhDir = path.join(args.out, 'emoji-zh');
  const alDir = path.join(args.out, 'emoji-en-zh');
  resetDir(enDir);
  writeBundle(enDir, {
    manifestJson: manifest({
      name: 'Emoji',
      description: 'The Unicode 16.0 emoji with their groups, sub-groups, skin-tone variants, ZWJ components and CLDR keywords; one Twemoji image per emoji.',
      language: 'en',
      license: 'MIT (data), CC-BY-4.0 (Twemoji images)',
      sources: SOURCES_EN,
    }),
    ...en,
    splits: enSplits,
    license: licenseText('This folder holds the English "Emoji" demo graph bundled with Tessera.', inputs, { twemoji: true }),
  });

  let zhStats = null;
  let pairStats = { train: 0, test: 0 };
  if (!args.enOnly) {
    const zg = chineseGraph(graph);
    const zhSplits = splitTriples(zg.triples, zg.entities, SEED_SPLIT_ZH);
    const zh = chineseBundle(zg, zhSplits, inputs);
    resetDir(zhDir);
    writeBundle(zhDir, {
      manifestJson: manifest({
        name: '表情符号',
        description: `Emoji (Simplified Chinese): the emoji of ../emoji under other keys with Chinese names and keywords, drawn by Noto Emoji, ${Math.round(ZH_DROP_SHARE * 100)}% of the facts removed. Unicode 16.0 表情符号及其类别、子类别、肤色变体、组成部分和关键词。`,
        language: 'zh-Hans',
        license: 'MIT (data), Apache-2.0 (Noto Emoji images)',
        sources: SOURCES_ZH,
      }),
      ...zh,
      splits: zhSplits,
      license: licenseText('This folder holds the Simplified Chinese "Emoji" demo graph bundled with Tessera (Noto Emoji artwork).', inputs, { noto: true }),
    });
    const sourceKeys = [...zg.keys.keys()].sort(cmp);
    const trainPairs = new Set(shuffled(sourceKeys, SEED_PAIRS).slice(0, Math.round(sourceKeys.length * PAIRS_TRAIN_SHARE)));
    resetDir(alDir);
    writeFile(alDir, 'manifest.json', JSON.stringify({
      format: 'tessera-alignment',
      version: 1,
      name: 'Emoji EN–ZH',
      description: `Aligns the English (Twemoji) and Chinese (Noto Emoji) Emoji graphs; ${Math.round(PAIRS_TRAIN_SHARE * 100)}% of the pairs are marked for training.`,
      license: 'MIT',
      sources: [SOURCES_EN[0]],
      source: '../emoji',
      target: '../emoji-zh',
      pairs: 'pairs.tsv',
    }, null, 2) + '\n');
    writeFile(alDir, 'pairs.tsv', tsv(['source', 'target', 'split'], sourceKeys.map((k) => [k, zg.keys.get(k), trainPairs.has(k) ? 'train' : 'test'])));
    writeFile(alDir, 'LICENSE.md', `# Licence of this folder

This folder holds the alignment between the English and Chinese "Emoji" demo graphs bundled with
Tessera. It was made by \`resources/demo/make-emoji.mjs\` from emojibase-data
${PINNED['emojibase-data']} (MIT, https://github.com/milesj/emojibase) and is released under the
MIT licence below. The two graphs it aligns carry their own licences (\`../emoji/LICENSE.md\`,
\`../emoji-zh/LICENSE.md\`).

${inputs.licenses.emojibase}
`);
    zhStats = { ...zhSplits, kinds: countBy([...zg.entities.values()], (e) => e.kind), dropped: zg.droppedCount, all: zg.allCount, aliases: 0 };
    pairStats = { train: trainPairs.size, test: sourceKeys.length - trainPairs.size };
  } else {
    for (const d of [zhDir, alDir]) fs.rmSync(d, { recursive: true, force: true });
  }

  const examples = { emoji: '`emoji/1F600`', group: '`group/smileys-emotion`', subgroup: '`subgroup/face-smiling`', 'skin-tone': '`skin-tone/light`', tag: '`tag/smile`' };
  for (const k of Object.values(examples)) if (!graph.entities.has(k.slice(1, -1))) throw new Error(`README example ${k} is not an entity`);
  const kinds = countBy([...graph.entities.values()], (e) => e.kind);
  const enBytes = folderBytes(enDir);
  const zhBytes = zhStats ? folderBytes(zhDir) : 0;
  writeReadmeSection(args.out, readmeSection({
    kinds,
    zhKinds: zhStats ? zhStats.kinds : new Map(),
    examples,
    images: en.images.length,
    enAliases: en.aliasRows.length,
    en: enSplits,
    zh: zhStats,
    zhDropped: zhStats?.dropped ?? 0,
    zhAll: zhStats?.all ?? 0,
    pairs: pairStats,
    enBytes,
    zhBytes,
  }));

  const summary = (sp) => `train ${sp.train.length}, valid ${sp.valid.length}, test ${sp.test.length}`;
  process.stdout.write(`emoji: ${graph.entities.size} entities (${KINDS.map((k) => `${k} ${kinds.get(k)}`).join(', ')}); ${summary(enSplits)}; ${en.images.length} images; ${formatMiB(enBytes)}\n`);
  if (zhStats) {
    process.stdout.write(`emoji-zh: ${[...zhStats.kinds.values()].reduce((a, b) => a + b, 0)} entities; ${summary(zhStats)}; ${formatMiB(zhBytes)}\n`);
    process.stdout.write(`emoji-en-zh: ${pairStats.train + pairStats.test} pairs, ${pairStats.train} train\n`);
  }
}

main();
