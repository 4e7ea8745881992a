#!/usr/bin/env node
// Builds the bundled "Countries" demo graphs (see README.md beside this file).
//
//   node make-countries.mjs --modules DIR [--out DIR]
//
// DIR is a node_modules folder holding the pinned packages; make-countries.sh installs them and is
// the one command to use. Output must be byte-for-byte reproducible from the pinned inputs, so:
// no clock, no Math.random, no locale-aware sorting or number formatting (ICU versions differ
// between machines), and every list is put in a defined order before it is written.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PINNED = {
  'world-countries': '5.1.0',
  'svg-country-flags': '1.2.10',
  'i18n-iso-countries': '7.14.0',
};

const SOURCES = [
  {
    name: 'world-countries',
    version: PINNED['world-countries'],
    license: 'ODbL-1.0',
    url: 'https://github.com/mledoze/countries',
  },
  {
    name: 'svg-country-flags',
    version: PINNED['svg-country-flags'],
    license: 'public domain',
    url: 'https://github.com/hjnilsson/country-flags',
  },
  {
    name: 'i18n-iso-countries',
    version: PINNED['i18n-iso-countries'],
    license: 'MIT',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
  },
];

// Seeds are fixed so that a regenerated bundle keeps its splits; change one only on purpose.
const SEED_SPLIT_EN = 20240601;
const SEED_SPLIT_ZH = 20240602;
const SEED_DROP_ZH = 20240603;
const SEED_PAIRS = 20240604;

const ZH_DROP_SHARE = 0.2;
const PAIRS_TRAIN_SHARE = 0.3;
const VALID_SHARE = 0.1;
const TEST_SHARE = 0.1;

// ---------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const args = { modules: null, out: here };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--modules' && i + 1 < argv.length) args.modules = argv[++i];
    else if (a === '--out' && i + 1 < argv.length) args.out = argv[++i];
    else throw new Error(`unknown argument: ${a}\nusage: make-countries.mjs --modules DIR [--out DIR]`);
  }
  if (!args.modules) throw new Error('usage: make-countries.mjs --modules DIR [--out DIR]');
  return args;
}

// ---------------------------------------------------------------------------------------------
// Deterministic helpers

// localeCompare depends on the ICU build; plain code-unit order does not.
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Orders names for people to read (Åland next to Aland, not after Zimbabwe) without ICU
// collation; canonical decomposition is fixed by Unicode's stability policy.
function displayKey(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
function cmpDisplay(a, b) {
  return cmp(displayKey(a), displayKey(b)) || cmp(a, b);
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

// Fisher-Yates on a copy; callers pass an already sorted array so the result depends only on the
// seed and the data.
function shuffled(items, seed) {
  const rng = mulberry32(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; --i) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// toLocaleString would depend on the ICU data compiled into node.
function formatNumber(n) {
  const [int, frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
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

function listZh(items) {
  return items.join('、');
}

function countEn(n, one, many) {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

function mostCommon(values) {
  // values: [{value}] in priority order; the first of the most frequent wins.
  const counts = new Map();
  for (const { value } of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = null;
  for (const { value } of values) {
    if (best === null || counts.get(value) > counts.get(best)) best = value;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Language tags and Chinese script

// world-countries keys its translations by ISO 639-3 (and "per" for Persian); BCP 47 wants the
// two-letter ISO 639-1 code where one exists. srp translations there are in Latin script.
const TRANSLATION_TAGS = {
  ara: 'ar', ces: 'cs', deu: 'de', est: 'et', fin: 'fi', fra: 'fr', hrv: 'hr', hun: 'hu',
  ita: 'it', jpn: 'ja', kor: 'ko', nld: 'nl', per: 'fa', pol: 'pl', por: 'pt', rus: 'ru',
  slk: 'sk', spa: 'es', srp: 'sr-Latn', swe: 'sv', tur: 'tr', urd: 'ur', zho: 'zh-Hans',
};

// ISO 639-3 -> ISO 639-1 for the official languages world-countries lists. Codes missing here have
// no two-letter form, and BCP 47 then uses the three-letter code as it is.
const ISO639_1 = {
  afr: 'af', amh: 'am', ara: 'ar', aym: 'ay', aze: 'az', bel: 'be', ben: 'bn', bis: 'bi',
  bos: 'bs', bul: 'bg', cat: 'ca', ces: 'cs', cha: 'ch', dan: 'da', deu: 'de', div: 'dv',
  dzo: 'dz', ell: 'el', eng: 'en', est: 'et', fao: 'fo', fas: 'fa', fij: 'fj', fin: 'fi',
  fra: 'fr', gle: 'ga', glv: 'gv', grn: 'gn', hat: 'ht', heb: 'he', her: 'hz', hin: 'hi',
  hmo: 'ho', hrv: 'hr', hun: 'hu', hye: 'hy', ind: 'id', isl: 'is', ita: 'it', jpn: 'ja',
  kal: 'kl', kat: 'ka', kaz: 'kk', khm: 'km', kin: 'rw', kir: 'ky', kon: 'kg', kor: 'ko',
  lao: 'lo', lat: 'la', lav: 'lv', lin: 'ln', lit: 'lt', ltz: 'lb', mah: 'mh', mkd: 'mk',
  mlg: 'mg', mlt: 'mt', mon: 'mn', mri: 'mi', msa: 'ms', mya: 'my', nau: 'na', nbl: 'nr',
  nde: 'nd', ndo: 'ng', nep: 'ne', nld: 'nl', nno: 'nn', nob: 'nb', nor: 'no', nya: 'ny',
  pol: 'pl', por: 'pt', pus: 'ps', que: 'qu', roh: 'rm', ron: 'ro', run: 'rn', rus: 'ru',
  sag: 'sg', sin: 'si', slk: 'sk', slv: 'sl', smo: 'sm', sna: 'sn', som: 'so', sot: 'st',
  spa: 'es', sqi: 'sq', srp: 'sr', ssw: 'ss', swa: 'sw', swe: 'sv', tam: 'ta', tgk: 'tg',
  tha: 'th', tir: 'ti', ton: 'to', tsn: 'tn', tso: 'ts', tuk: 'tk', tur: 'tr', ukr: 'uk',
  urd: 'ur', uzb: 'uz', ven: 've', vie: 'vi', xho: 'xh', zho: 'zh', zul: 'zu',
};

// world-countries marks Guernsey's Guernésiais as "nfr", which is Nafaanra; both Norman varieties
// (Guernésiais, Jèrriais) are "nrf".
const TAG_FIXES = { nfr: 'nrf' };

// i18n-iso-countries locales used for aliases, with the tag each one gets.
const I18N_LOCALES = {
  ar: 'ar', de: 'de', en: 'en', es: 'es', fr: 'fr', hi: 'hi', ja: 'ja', ko: 'ko', pt: 'pt',
  ru: 'ru', zh: 'zh-Hans',
};

// A few world-countries "zho" names are in Traditional characters (台灣, 北馬其頓, 荷蘭加勒比區).
// A per-character map is enough for country names and avoids a conversion dependency; the
// check in zhHans() stops the build if new data brings a character it does not cover.
const TRADITIONAL_TO_SIMPLIFIED = {
  '國': '国', '灣': '湾', '華': '华', '蘭': '兰', '區': '区', '馬': '马', '頓': '顿',
  '亞': '亚', '爾': '尔', '維': '维', '聯': '联', '島': '岛', '羅': '罗', '紐': '纽',
  '東': '东', '門': '门', '與': '与', '衛': '卫', '蓋': '盖', '烏': '乌', '韓': '韩',
  '葉': '叶', '貝': '贝', '內': '内', '聖': '圣', '薩': '萨', '蘇': '苏', '達': '达',
  '闊': '阔', '陸': '陆', '臘': '腊', '義': '义',
};
// Traditional-only characters: the mapped ones plus a few more seen in place names.
const KNOWN_TRADITIONAL = /[國灣華蘭區馬頓亞爾維聯島羅紐東門與衛蓋烏韓葉貝內聖薩蘇達闊陸臘義萊傑紹龍剛獅麥蓮濟]/;

function zhHans(s) {
  const out = [...s].map((ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch).join('');
  if (KNOWN_TRADITIONAL.test(out)) throw new Error(`Traditional character left in "${out}": extend TRADITIONAL_TO_SIMPLIFIED`);
  return out;
}

// world-countries has no Chinese names for its regions; these are the usual UN terms.
// 南极地区 rather than 南极洲 because the region also holds islands that are not on the continent
// (and 南极洲 is already the label of the entity Antarctica).
const REGION_ZH = {
  Africa: '非洲', Americas: '美洲', Antarctic: '南极地区', Asia: '亚洲', Europe: '欧洲', Oceania: '大洋洲',
};
const SUBREGION_ZH = {
  'Australia and New Zealand': '澳大利亚和新西兰',
  Caribbean: '加勒比地区',
  'Central America': '中美洲',
  'Central Asia': '中亚',
  'Central Europe': '中欧',
  'Eastern Africa': '东部非洲',
  'Eastern Asia': '东亚',
  'Eastern Europe': '东欧',
  Melanesia: '美拉尼西亚',
  // 密克罗尼西亚 alone is the label of the Federated States of Micronesia.
  Micronesia: '密克罗尼西亚群岛',
  'Middle Africa': '中部非洲',
  'North America': '北美洲',
  'Northern Africa': '北部非洲',
  'Northern Europe': '北欧',
  Polynesia: '波利尼西亚',
  'South America': '南美洲',
  'South-Eastern Asia': '东南亚',
  'Southeast Europe': '东南欧',
  'Southern Africa': '南部非洲',
  'Southern Asia': '南亚',
  'Southern Europe': '南欧',
  'Western Africa': '西部非洲',
  'Western Asia': '西亚',
  'Western Europe': '西欧',
};

// ---------------------------------------------------------------------------------------------
// Input

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function loadInputs(modules) {
  for (const [name, version] of Object.entries(PINNED)) {
    const pkg = readJson(path.join(modules, name, 'package.json'));
    if (pkg.version !== version) {
      throw new Error(`${name} is ${pkg.version} in ${modules}, the demo is pinned to ${version}`);
    }
  }
  const countries = readJson(path.join(modules, 'world-countries', 'countries.json'))
    .filter((c) => c.cca3)
    .sort((a, b) => cmp(a.cca3, b.cca3));
  const i18n = {};
  for (const locale of Object.keys(I18N_LOCALES).sort(cmp)) {
    i18n[locale] = readJson(path.join(modules, 'i18n-iso-countries', 'langs', `${locale}.json`)).countries;
  }
  const flagDir = path.join(modules, 'svg-country-flags', 'png250px');
  return { countries, i18n, flagDir };
}

function i18nNames(i18n, locale, cca2) {
  const v = i18n[locale][cca2];
  return v === undefined ? [] : [].concat(v);
}

// ---------------------------------------------------------------------------------------------
// The graph, independent of language

const RELATIONS = [
  {
    key: 'borders', en: 'borders', enDesc: 'the two countries or territories share a land border',
    zh: '接壤', zhDesc: '两个国家或地区有共同的陆地边界',
  },
  {
    key: 'located_in', en: 'located in', enDesc: 'the subregion a country or territory lies in (its region when it has no subregion)',
    zh: '位于', zhDesc: '国家或地区所在的次地区（没有次地区时为所在地区）',
  },
  {
    key: 'part_of', en: 'part of', enDesc: 'the region a subregion belongs to',
    zh: '属于', zhDesc: '次地区所属的地区',
  },
  {
    key: 'official_language', en: 'official language', enDesc: 'a language with official status in the country or territory',
    zh: '官方语言', zhDesc: '在该国家或地区具有官方地位的语言',
  },
  {
    key: 'currency', en: 'currency', enDesc: 'a currency in use in the country or territory',
    zh: '货币', zhDesc: '该国家或地区使用的货币',
  },
  {
    key: 'capital', en: 'capital', enDesc: 'a capital city of the country or territory',
    zh: '首都', zhDesc: '该国家或地区的首都',
  },
  {
    key: 'capital_of', en: 'capital of', enDesc: 'the country or territory whose capital the city is',
    zh: '首都所属', zhDesc: '以该城市为首都的国家或地区',
  },
];
const RELATION_ORDER = new Map(RELATIONS.map((r, i) => [r.key, i]));

const KINDS = ['country', 'region', 'subregion', 'language', 'currency', 'city'];

function buildGraph({ countries }) {
  const entities = new Map(); // key -> {key, kind, ...facts}
  const add = (e) => {
    if (entities.has(e.key)) throw new Error(`duplicate entity key ${e.key}`);
    entities.set(e.key, e);
    return e;
  };

  // Names of shared things (languages, currencies) differ between countries ("Romanian" vs
  // "Moldavian"); the most common spelling wins, ties go to the largest country using it.
  const byArea = countries.slice().sort((a, b) => (b.area - a.area) || cmp(a.cca3, b.cca3));
  const languageNames = new Map();
  const currencyNames = new Map();
  const currencySymbols = new Map();
  for (const c of byArea) {
    for (const code of Object.keys(c.languages ?? {}).sort(cmp)) {
      if (!languageNames.has(code)) languageNames.set(code, []);
      languageNames.get(code).push({ value: c.languages[code] });
    }
    for (const code of Object.keys(c.currencies ?? {}).sort(cmp)) {
      const cur = c.currencies[code];
      if (!currencyNames.has(code)) { currencyNames.set(code, []); currencySymbols.set(code, []); }
      if (cur.name) currencyNames.get(code).push({ value: cur.name });
      if (cur.symbol) currencySymbols.get(code).push({ value: cur.symbol });
    }
  }

  for (const c of countries) {
    add({
      key: `country/${c.cca3}`, kind: 'country', label: c.name.common, country: c,
      flag: `${c.cca2.toLowerCase()}.png`,
    });
  }
  for (const region of [...new Set(countries.map((c) => c.region).filter(Boolean))].sort(cmp)) {
    add({ key: `region/${region}`, kind: 'region', label: region, name: region });
  }
  const subregionRegion = new Map();
  for (const c of countries) {
    if (!c.subregion) continue;
    const known = subregionRegion.get(c.subregion);
    if (known && known !== c.region) throw new Error(`subregion ${c.subregion} in two regions`);
    subregionRegion.set(c.subregion, c.region);
  }
  for (const sub of [...subregionRegion.keys()].sort(cmp)) {
    add({ key: `subregion/${sub}`, kind: 'subregion', label: sub, name: sub });
  }
  for (const code of [...languageNames.keys()].sort(cmp)) {
    const names = languageNames.get(code);
    const label = mostCommon(names);
    const others = [...new Set(names.map((n) => n.value))].filter((n) => n !== label).sort(cmp);
    add({ key: `language/${code}`, kind: 'language', label, code, otherNames: others });
  }
  for (const code of [...currencyNames.keys()].sort(cmp)) {
    const names = currencyNames.get(code);
    const symbols = currencySymbols.get(code);
    const label = mostCommon(names) ?? code;
    const symbol = mostCommon(symbols);
    add({
      key: `currency/${code}`, kind: 'currency', label, code, symbol,
      otherNames: [...new Set(names.map((n) => n.value))].filter((n) => n !== label).sort(cmp),
      otherSymbols: [...new Set(symbols.map((n) => n.value))].filter((n) => n !== symbol).sort(cmp),
    });
  }
  for (const c of countries) {
    for (const city of c.capital ?? []) {
      add({ key: `city/${c.cca3}/${city}`, kind: 'city', label: city, countryKey: `country/${c.cca3}` });
    }
  }

  const triples = [];
  const seen = new Set();
  const fact = (h, r, t) => {
    if (!entities.has(h) || !entities.has(t)) throw new Error(`triple with unknown entity: ${h} ${r} ${t}`);
    const id = `${h}\t${r}\t${t}`;
    if (seen.has(id)) return;
    seen.add(id);
    triples.push([h, r, t]);
  };
  for (const c of countries) {
    // Countries are keyed like every other kind ("country/FRA"), so the kind is readable from the key.
    const key = `country/${c.cca3}`;
    for (const b of c.borders ?? []) fact(key, 'borders', `country/${b}`);
    fact(key, 'located_in', c.subregion ? `subregion/${c.subregion}` : `region/${c.region}`);
    for (const code of Object.keys(c.languages ?? {}).sort(cmp)) fact(key, 'official_language', `language/${code}`);
    for (const code of Object.keys(c.currencies ?? {}).sort(cmp)) fact(key, 'currency', `currency/${code}`);
    for (const city of c.capital ?? []) {
      fact(key, 'capital', `city/${c.cca3}/${city}`);
      fact(`city/${c.cca3}/${city}`, 'capital_of', key);
    }
  }
  for (const [sub, region] of [...subregionRegion].sort((a, b) => cmp(a[0], b[0]))) {
    fact(`subregion/${sub}`, 'part_of', `region/${region}`);
  }
  return { entities, triples: sortTriples(triples) };
}

function sortTriples(triples) {
  return triples.slice().sort((a, b) =>
    cmp(a[0], b[0]) || (RELATION_ORDER.get(a[1]) - RELATION_ORDER.get(b[1])) || cmp(a[2], b[2]));
}

// Lookups over one set of triples, so that descriptions say exactly what the bundle's graph says.
function indexTriples(triples) {
  const out = new Map(); // `${head}\t${relation}` -> [tail]
  const inc = new Map(); // `${tail}\t${relation}` -> [head]
  for (const [h, r, t] of triples) {
    const o = `${h}\t${r}`;
    const i = `${t}\t${r}`;
    if (!out.has(o)) out.set(o, []);
    if (!inc.has(i)) inc.set(i, []);
    out.get(o).push(t);
    inc.get(i).push(h);
  }
  return {
    out: (h, r) => out.get(`${h}\t${r}`) ?? [],
    in: (t, r) => inc.get(`${t}\t${r}`) ?? [],
  };
}

// ---------------------------------------------------------------------------------------------
// Splits

// Inverse and symmetric facts (A borders B / B borders A, capital / capital_of) are kept in one
// split: otherwise a test triple is answered by its mirror image in train.
function groupKey([h, r, t]) {
  if (r === 'borders') return `borders\t${cmp(h, t) <= 0 ? `${h}\t${t}` : `${t}\t${h}`}`;
  if (r === 'capital') return `capital\t${h}\t${t}`;
  if (r === 'capital_of') return `capital\t${t}\t${h}`;
  return `${r}\t${h}\t${t}`;
}

// Everything starts in train; shuffled groups move to valid/test while each of their entities
// and relations keeps at least one train triple, so no held-out triple mentions anything the model
// never saw. Groups that would overrun a quota are skipped, so the shares come out exact unless
// too few groups are movable.
function splitTriples(triples, seed) {
  const groups = new Map();
  for (const t of triples) {
    const k = groupKey(t);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(t);
  }
  const trainCount = new Map();
  const bump = (k, d) => trainCount.set(k, (trainCount.get(k) ?? 0) + d);
  for (const [h, r, t] of triples) { bump(`e\t${h}`, 1); bump(`e\t${t}`, 1); bump(`r\t${r}`, 1); }

  const quota = { valid: Math.round(triples.length * VALID_SHARE), test: Math.round(triples.length * TEST_SHARE) };
  const held = { valid: [], test: [] };
  const placed = new Map();
  for (const k of shuffled([...groups.keys()].sort(cmp), seed)) {
    if (held.valid.length >= quota.valid && held.test.length >= quota.test) break;
    const g = groups.get(k);
    const split = ['valid', 'test'].find((s) => held[s].length + g.length <= quota[s]);
    if (!split) continue;
    const use = new Map();
    for (const [h, r, t] of g) for (const id of [`e\t${h}`, `e\t${t}`, `r\t${r}`]) use.set(id, (use.get(id) ?? 0) + 1);
    if ([...use].some(([id, n]) => trainCount.get(id) - n < 1)) continue;
    for (const [id, n] of use) bump(id, -n);
    held[split].push(...g);
    placed.set(k, split);
  }
  const train = triples.filter((t) => !placed.has(groupKey(t)));
  return { train: sortTriples(train), valid: sortTriples(held.valid), test: sortTriples(held.test) };
}

// ---------------------------------------------------------------------------------------------
// English bundle

function englishBundle(graph, inputs) {
  const { entities, triples } = graph;
  const ix = indexTriples(triples);
  const label = (k) => entities.get(k).label;
  const byLabel = (keys) => keys.slice().sort((a, b) => cmpDisplay(label(a), label(b)) || cmp(a, b));
  const countriesOf = (key, relation) => ix.in(key, relation);
  const someCountries = (keys, relation) => {
    if (keys.length <= 5) return `: ${listEn(byLabel(keys).map(label))}`;
    return `, among them ${listEn(typicalFirst(entities, ix, keys, relation).slice(0, 5).map(label))}`;
  };
  const countriesInRegion = (regionKey) => {
    const direct = countriesOf(regionKey, 'located_in');
    const viaSub = ix.in(regionKey, 'part_of').flatMap((s) => countriesOf(s, 'located_in'));
    return [...new Set([...direct, ...viaSub])];
  };
  const kindWord = (c) => (c.independent === true ? 'country' : 'country or territory');

  const describe = (e) => {
    switch (e.kind) {
      case 'country': {
        const c = e.country;
        const parts = [];
        const official = c.name.official && c.name.official !== e.label ? ` (official name: ${c.name.official})` : '';
        const where = ix.out(e.key, 'located_in').map((loc) => {
          const region = ix.out(loc, 'part_of');
          return [label(loc), ...region.map(label)].join(', ');
        });
        parts.push(`${e.label}${official} is a ${kindWord(c)}${where.length ? ` in ${where.join(' and ')}` : ''}.`);
        const facts = [];
        // world-countries lists the seat of government first (Pretoria before Cape Town).
        const capitals = ix.out(e.key, 'capital').map(label)
          .sort((a, b) => c.capital.indexOf(a) - c.capital.indexOf(b));
        if (capitals.length === 1) facts.push(`its capital is ${capitals[0]}`);
        else if (capitals.length > 1) facts.push(`its capitals are ${listEn(capitals)}`);
        const langs = byLabel(ix.out(e.key, 'official_language')).map(label);
        if (langs.length) facts.push(`official language${langs.length > 1 ? 's' : ''}: ${listEn(langs)}`);
        const curs = byLabel(ix.out(e.key, 'currency')).map((k) => {
          const cur = entities.get(k);
          return cur.symbol ? `${cur.label} (${cur.symbol})` : cur.label;
        });
        if (curs.length) facts.push(`currenc${curs.length > 1 ? 'ies' : 'y'}: ${listEn(curs)}`);
        if (facts.length) {
          const s = facts.join('; ');
          parts.push(`${s[0].toUpperCase()}${s.slice(1)}.`);
        }
        const neighbours = byLabel(ix.out(e.key, 'borders')).map(label);
        if (neighbours.length) parts.push(`It borders ${listEn(neighbours)}.`);
        else parts.push('It has no land borders.');
        if (c.landlocked) parts.push('It is landlocked.');
        if (c.area > 0) parts.push(`Area: ${formatNumber(c.area)} km².`);
        return parts.join(' ');
      }
      case 'region': {
        const members = countriesInRegion(e.key);
        const subs = byLabel(ix.in(e.key, 'part_of'));
        const head = `${e.label} is a region with ${countEn(members.length, 'country or territory', 'countries and territories')}`;
        if (subs.length) return `${head} in ${countEn(subs.length, 'subregion', 'subregions')}: ${listEn(subs.map(label))}.`;
        return `${head}${someCountries(members, 'located_in')}.`;
      }
      case 'subregion': {
        const members = countriesOf(e.key, 'located_in');
        const region = ix.out(e.key, 'part_of').map(label);
        return `${e.label} is a subregion of ${listEn(region)} with ` +
          `${countEn(members.length, 'country or territory', 'countries and territories')}: ${listEn(byLabel(members).map(label))}.`;
      }
      case 'language': {
        const users = countriesOf(e.key, 'official_language');
        const head = `${e.label} (ISO 639-3: ${e.code}) is an official language of`;
        if (users.length === 1) return `${head} ${label(users[0])}.`;
        return `${head} ${users.length} countries and territories${someCountries(users, 'official_language')}.`;
      }
      case 'currency': {
        const users = countriesOf(e.key, 'currency');
        const sym = e.symbol ? `${e.symbol}, ${e.code}` : e.code;
        const head = `${e.label} (${sym}) is a currency used in`;
        if (users.length === 1) return `${head} ${label(users[0])}.`;
        return `${head} ${users.length} countries and territories${someCountries(users, 'currency')}.`;
      }
      case 'city': {
        const of = ix.out(e.key, 'capital_of');
        return of.map((c) => {
          const n = ix.out(c, 'capital').length;
          return `${e.label} is ${n > 1 ? 'one of the capitals' : 'the capital'} of ${label(c)}.`;
        }).join(' ');
      }
      default:
        throw new Error(`unknown kind ${e.kind}`);
    }
  };

  const entityRows = [];
  const images = [];
  for (const e of orderedEntities(entities)) {
    const imgs = [];
    if (e.flag) {
      imgs.push(`images/flags/${e.flag}`);
      images.push({ from: path.join(inputs.flagDir, e.flag), to: `images/flags/${e.flag}` });
    }
    entityRows.push([e.key, e.label, describe(e), imgs.join('|')]);
  }

  const aliases = new AliasTable(entities);
  for (const e of orderedEntities(entities)) {
    switch (e.kind) {
      case 'country': {
        const c = e.country;
        aliases.add(e.key, c.name.official, 'en');
        for (const n of i18nNames(inputs.i18n, 'en', c.cca2)) aliases.add(e.key, n, 'en');
        for (const lang of Object.keys(c.translations ?? {}).sort(cmp)) {
          const tag = TRANSLATION_TAGS[lang];
          if (!tag) throw new Error(`no language tag for translation key ${lang}`);
          for (const field of ['common', 'official']) {
            const name = c.translations[lang][field];
            if (!name) continue;
            if (lang === 'zho') {
              aliases.add(e.key, zhHans(name), tag);
              if (zhHans(name) !== name) aliases.add(e.key, name, 'zh-Hant');
            } else {
              aliases.add(e.key, name, tag);
            }
          }
        }
        for (const locale of Object.keys(I18N_LOCALES).sort(cmp)) {
          if (locale === 'en') continue;
          for (const n of i18nNames(inputs.i18n, locale, c.cca2)) aliases.add(e.key, n, I18N_LOCALES[locale]);
        }
        // Native names are in whatever script the country uses, so they get the bare language tag.
        for (const lang of Object.keys(c.name.native ?? {}).sort(cmp)) {
          const tag = ISO639_1[lang] ?? TAG_FIXES[lang] ?? lang;
          for (const field of ['common', 'official']) aliases.add(e.key, c.name.native[lang][field], tag, { ifNew: true });
        }
        for (const s of c.altSpellings ?? []) aliases.add(e.key, s, '');
        aliases.add(e.key, c.cca2, '');
        aliases.add(e.key, c.cca3, '');
        break;
      }
      case 'region':
        aliases.add(e.key, REGION_ZH[e.name], 'zh-Hans');
        break;
      case 'subregion':
        aliases.add(e.key, SUBREGION_ZH[e.name], 'zh-Hans');
        break;
      case 'language':
        for (const n of e.otherNames) aliases.add(e.key, n, 'en');
        aliases.add(e.key, e.code, '');
        if (ISO639_1[e.code]) aliases.add(e.key, ISO639_1[e.code], '');
        break;
      case 'currency':
        for (const n of e.otherNames) aliases.add(e.key, n, 'en');
        aliases.add(e.key, e.code, '');
        if (e.symbol) aliases.add(e.key, e.symbol, '');
        for (const s of e.otherSymbols) aliases.add(e.key, s, '');
        break;
      default:
        break;
    }
  }

  return {
    entityRows,
    aliasRows: aliases.rows(),
    relationRows: RELATIONS.map((r) => [r.key, r.en, r.enDesc]),
    images,
  };
}

// Skips aliases that repeat the label or an alias already given; an untagged alias (a code, an
// unattributed spelling) is dropped when the same text is already there under any tag.
class AliasTable {
  constructor(entities) {
    this.entities = entities;
    this.list = [];
    this.byEntity = new Map();
  }
  // ifNew: drop the alias when its text is there under any tag (native names repeat the
  // translations, only with a vaguer tag).
  add(key, alias, lang, { ifNew = false } = {}) {
    if (alias === undefined || alias === null) return;
    const text = String(alias).trim();
    if (!text || text === this.entities.get(key).label) return;
    if (!this.byEntity.has(key)) this.byEntity.set(key, { pairs: new Set(), texts: new Set() });
    const seen = this.byEntity.get(key);
    if (seen.pairs.has(`${text}\t${lang}`) || ((lang === '' || ifNew) && seen.texts.has(text))) return;
    seen.pairs.add(`${text}\t${lang}`);
    seen.texts.add(text);
    this.list.push([key, text, lang]);
  }
  rows() {
    return this.list;
  }
}

// For "among them": countries whose only language (or currency) this is come first, larger ones
// before smaller; otherwise the euro's examples would include Zimbabwe, which lists nine currencies.
function typicalFirst(entities, ix, keys, relation) {
  return keys.slice().sort((a, b) =>
    (ix.out(a, relation).length - ix.out(b, relation).length) ||
    (entities.get(b).country.area - entities.get(a).country.area) || cmp(a, b));
}

function orderedEntities(entities) {
  const kindOrder = new Map(KINDS.map((k, i) => [k, i]));
  return [...entities.values()].sort((a, b) => (kindOrder.get(a.kind) - kindOrder.get(b.kind)) || cmp(a.key, b.key));
}

// ---------------------------------------------------------------------------------------------
// Chinese bundle

function chineseNames(graph, inputs) {
  const names = new Map(); // English key -> Chinese label
  for (const e of graph.entities.values()) {
    let zh;
    if (e.kind === 'country') {
      const c = e.country;
      zh = c.translations?.zho?.common ? zhHans(c.translations.zho.common)
        : i18nNames(inputs.i18n, 'zh', c.cca2)[0] ?? e.label;
    } else if (e.kind === 'region') {
      zh = REGION_ZH[e.name] ?? e.label;
    } else if (e.kind === 'subregion') {
      zh = SUBREGION_ZH[e.name] ?? e.label;
    } else {
      // The sources have no Chinese names for languages, currencies or cities.
      zh = e.label;
    }
    names.set(e.key, zh);
  }
  return names;
}

// Keys are built from the Chinese names, so matching the two bundles needs more than comparing
// codes. Cities carry their country's Chinese name because capitals repeat (Kingston, Oranjestad).
function chineseKeys(graph, names) {
  const keys = new Map();
  const used = new Set();
  for (const e of orderedEntities(graph.entities)) {
    let k;
    switch (e.kind) {
      case 'country': k = `国家/${names.get(e.key)}`; break;
      case 'region': k = `地区/${names.get(e.key)}`; break;
      case 'subregion': k = `次地区/${names.get(e.key)}`; break;
      case 'language': k = `语言/${names.get(e.key)}`; break;
      case 'currency': k = `货币/${names.get(e.key)}`; break;
      case 'city': k = `城市/${names.get(e.countryKey)}/${names.get(e.key)}`; break;
      default: throw new Error(`unknown kind ${e.kind}`);
    }
    if (used.has(k)) throw new Error(`Chinese key ${k} is not unique`);
    used.add(k);
    keys.set(e.key, k);
  }
  return keys;
}

function chineseBundle(graph, inputs, names, zhKeys) {
  const { entities } = graph;
  // Facts are dropped from the English graph's triples so both bundles stay comparable; the
  // descriptions below only use what is kept, so the text does not give the dropped facts away.
  const order = shuffled(graph.triples.map((t) => t.join('\t')).sort(cmp), SEED_DROP_ZH);
  const dropped = new Set(order.slice(0, Math.round(order.length * ZH_DROP_SHARE)));
  const kept = graph.triples.filter((t) => !dropped.has(t.join('\t')));
  const ix = indexTriples(kept);
  const zh = (k) => names.get(k);
  const byName = (keys) => keys.slice().sort((a, b) => cmp(zh(a), zh(b)) || cmp(a, b));
  // "A、B的官方语言" for short lists, "N个国家和地区的官方语言，包括A、B等" for long ones.
  const usedBy = (keys, relation, what) => {
    if (keys.length <= 5) return `是${listZh(byName(keys).map(zh))}的${what}`;
    return `是${keys.length}个国家和地区的${what}，包括${listZh(typicalFirst(entities, ix, keys, relation).slice(0, 5).map(zh))}等`;
  };
  const kindWord = (c) => (c.independent === true ? '国家' : '国家或地区');

  const describe = (e) => {
    switch (e.kind) {
      case 'country': {
        const c = e.country;
        const official = c.translations?.zho?.official ? zhHans(c.translations.zho.official) : '';
        const name = official && official !== zh(e.key) ? `${zh(e.key)}（${official}）` : zh(e.key);
        const where = ix.out(e.key, 'located_in').map((loc) => {
          const region = ix.out(loc, 'part_of');
          return region.length ? `${zh(loc)}（${listZh(region.map(zh))}）` : zh(loc);
        });
        const parts = [where.length ? `${name}是位于${listZh(where)}的${kindWord(c)}。` : `${name}是一个${kindWord(c)}。`];
        const capitals = ix.out(e.key, 'capital').map(zh)
          .sort((a, b) => c.capital.indexOf(a) - c.capital.indexOf(b));
        if (capitals.length) parts.push(`首都：${listZh(capitals)}。`);
        const langs = byName(ix.out(e.key, 'official_language'));
        if (langs.length) parts.push(`官方语言：${listZh(langs.map(zh))}。`);
        const curs = byName(ix.out(e.key, 'currency')).map((k) => {
          const cur = entities.get(k);
          return cur.symbol ? `${zh(k)}（${cur.symbol}）` : zh(k);
        });
        if (curs.length) parts.push(`货币：${listZh(curs)}。`);
        // A border kept in either direction is a known neighbour.
        const neighbours = byName([...new Set([...ix.out(e.key, 'borders'), ...ix.in(e.key, 'borders')])]);
        if (neighbours.length) parts.push(`邻国：${listZh(neighbours.map(zh))}。`);
        if (c.landlocked) parts.push('内陆国家或地区。');
        if (c.area > 0) parts.push(`面积：${formatNumber(c.area)}平方千米。`);
        return parts.join('');
      }
      case 'region': {
        const direct = ix.in(e.key, 'located_in');
        const subs = byName(ix.in(e.key, 'part_of'));
        const members = [...new Set([...direct, ...subs.flatMap((s) => ix.in(s, 'located_in'))])];
        let s = `${zh(e.key)}是一个地区`;
        if (members.length) s += `，包含${members.length}个国家和地区`;
        if (subs.length) s += `，分为${subs.length}个次地区：${listZh(subs.map(zh))}`;
        else if (members.length) s += `：${listZh(byName(members).map(zh))}`;
        return `${s}。`;
      }
      case 'subregion': {
        const members = byName(ix.in(e.key, 'located_in'));
        const region = ix.out(e.key, 'part_of');
        let s = region.length ? `${zh(e.key)}是${listZh(region.map(zh))}的次地区` : `${zh(e.key)}是一个次地区`;
        if (members.length) s += `，包含${members.length}个国家和地区：${listZh(members.map(zh))}`;
        return `${s}。`;
      }
      case 'language': {
        const users = ix.in(e.key, 'official_language');
        if (!users.length) return `${zh(e.key)}是一种语言（ISO 639-3：${e.code}）。`;
        return `${zh(e.key)}（ISO 639-3：${e.code}）${usedBy(users, 'official_language', '官方语言')}。`;
      }
      case 'currency': {
        const users = ix.in(e.key, 'currency');
        const sym = e.symbol ? `${e.symbol}，${e.code}` : e.code;
        if (!users.length) return `${zh(e.key)}（${sym}）是一种货币。`;
        return `${zh(e.key)}（${sym}）${usedBy(users, 'currency', '货币')}。`;
      }
      case 'city': {
        const of = [...new Set([...ix.out(e.key, 'capital_of'), ...ix.in(e.key, 'capital')])];
        if (!of.length) return `${zh(e.key)}是一座城市。`;
        return `${zh(e.key)}是${listZh(of.map(zh))}的首都。`;
      }
      default:
        throw new Error(`unknown kind ${e.kind}`);
    }
  };

  const entityRows = [];
  const images = [];
  const kindOrder = new Map(KINDS.map((k, i) => [k, i]));
  const ordered = orderedEntities(entities).map((e) => ({ e, key: zhKeys.get(e.key) }));
  ordered.sort((a, b) => (kindOrder.get(a.e.kind) - kindOrder.get(b.e.kind)) || cmp(a.key, b.key));
  for (const { e, key } of ordered) {
    const imgs = [];
    if (e.flag) {
      imgs.push(`images/flags/${e.flag}`);
      images.push({ from: path.join(inputs.flagDir, e.flag), to: `images/flags/${e.flag}` });
    }
    entityRows.push([key, zh(e.key), describe(e), imgs.join('|')]);
  }

  const aliasTable = new AliasTable(new Map(ordered.map(({ e, key }) => [key, { label: zh(e.key) }])));
  for (const { e, key } of ordered) {
    if (e.kind !== 'country') continue;
    const c = e.country;
    for (const field of ['common', 'official']) {
      const name = c.translations?.zho?.[field];
      if (!name) continue;
      aliasTable.add(key, zhHans(name), 'zh-Hans');
      if (zhHans(name) !== name) aliasTable.add(key, name, 'zh-Hant');
    }
    for (const n of i18nNames(inputs.i18n, 'zh', c.cca2)) aliasTable.add(key, n, 'zh-Hans');
  }

  const zhTriples = kept.map(([h, r, t]) => [zhKeys.get(h), r, zhKeys.get(t)]);
  return {
    entityRows,
    aliasRows: aliasTable.rows(),
    relationRows: RELATIONS.map((r) => [r.key, r.zh, r.zhDesc]),
    images,
    triples: sortTriples(zhTriples),
    droppedCount: dropped.size,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

function manifest({ name, description, language }) {
  return {
    format: 'tessera-graph-bundle',
    version: 1,
    name,
    description,
    language,
    license: 'ODbL-1.0 (facts), public domain (flags)',
    sources: SOURCES,
    tables: {
      entities: 'entities.tsv',
      aliases: 'aliases.tsv',
      relations: 'relations.tsv',
      train: 'train.tsv',
      valid: 'valid.tsv',
      test: 'test.tsv',
    },
  };
}

function licenseText(what) {
  return `# Licence of this folder

${what}

It is a derived database, made by \`resources/demo/make-countries.mjs\` from the sources below,
and is made available under the **Open Database License (ODbL) v1.0**
(https://opendatacommons.org/licenses/odbl/1.0/), the licence of world-countries, whose data it
is built from. The flag images are in the public domain; the names taken from
i18n-iso-countries are used under its MIT licence (below). If you publicly use or adapt this
database, keep this notice and share adapted databases under the ODbL.

## Sources

| source | version | licence | what was used |
| --- | --- | --- | --- |
| [world-countries](https://github.com/mledoze/countries) by Mohammed Le Doze | ${PINNED['world-countries']} | ODbL-1.0 | countries, borders, regions, subregions, languages, currencies, capitals, areas, names and translations |
| [svg-country-flags](https://github.com/hjnilsson/country-flags) | ${PINNED['svg-country-flags']} | public domain | flag images (\`png250px/\` renders, copied unchanged) |
| [i18n-iso-countries](https://github.com/michaelwittig/node-i18n-iso-countries) | ${PINNED['i18n-iso-countries']} | MIT | country names in other languages (aliases, Chinese fallback names) |

Contains information from world-countries (https://github.com/mledoze/countries), which is made
available under the Open Database License (ODbL).

The Chinese names of regions and subregions, the relation labels and the entity descriptions
were written for this bundle and are released under the same terms.

### i18n-iso-countries licence

The MIT License (MIT)

Copyright (c) 2016 widdix GmbH

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;
}

function writeFile(root, rel, content) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function writeBundle(dir, { manifestJson, entityRows, aliasRows, relationRows, splits, images, license }) {
  writeFile(dir, 'manifest.json', JSON.stringify(manifestJson, null, 2) + '\n');
  writeFile(dir, 'entities.tsv', tsv(['key', 'label', 'description', 'images'], entityRows));
  writeFile(dir, 'aliases.tsv', tsv(['entity', 'alias', 'language'], aliasRows));
  writeFile(dir, 'relations.tsv', tsv(['key', 'label', 'description'], relationRows));
  for (const s of ['train', 'valid', 'test']) writeFile(dir, `${s}.tsv`, tsv(['head', 'relation', 'tail'], splits[s]));
  for (const img of images) {
    fs.mkdirSync(path.dirname(path.join(dir, img.to)), { recursive: true });
    fs.copyFileSync(img.from, path.join(dir, img.to));
  }
  writeFile(dir, 'LICENSE.md', license);
}

// Only the generated folders are replaced, so nothing else in --out is touched.
function resetDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

function countBy(items, keyFn) {
  const m = new Map();
  for (const it of items) m.set(keyFn(it), (m.get(keyFn(it)) ?? 0) + 1);
  return m;
}

function readme(stats) {
  const kindRows = KINDS.map((k) => `| ${k} | ${stats.kinds.get(k) ?? 0} | ${stats.kindExamples[k]} |`).join('\n');
  const relRows = RELATIONS.map((r) => {
    const en = stats.en;
    const zh = stats.zh;
    const c = (sp, s) => sp[s].filter((t) => t[1] === r.key).length;
    return `| \`${r.key}\` | ${r.en} | ${c(en, 'train')} | ${c(en, 'valid')} | ${c(en, 'test')} | ` +
      `${c(zh, 'train') + c(zh, 'valid') + c(zh, 'test')} |`;
  }).join('\n');
  const total = (sp) => sp.train.length + sp.valid.length + sp.test.length;
  return `# Demo graph: Countries

Tessera ships a small multi-modal knowledge graph so that every view can be tried without
downloading a benchmark: the countries and territories of the world with their regions,
subregions, official languages, currencies and capital cities, a flag image per country,
descriptions, and names in many languages. It comes as three folders in the formats of
\`core/io/FORMATS.md\`:

| folder | format | what it is |
| --- | --- | --- |
| \`countries/\` | \`tessera-graph-bundle\` | the English graph, split for link prediction |
| \`countries-zh/\` | \`tessera-graph-bundle\` | the same entities labelled in Simplified Chinese (\`zh-Hans\`), with other keys and ${Math.round(ZH_DROP_SHARE * 100)}% of the facts removed |
| \`countries-en-zh/\` | \`tessera-alignment\` | the ${stats.pairs.train + stats.pairs.test} entity pairs that align the two (${stats.pairs.train} \`train\`, ${stats.pairs.test} \`test\`) |

This file, the three folders and their contents are written by \`make-countries.mjs\`; edit the
generator, not the output.

## Contents

Entities (the same ${stats.entities} in both bundles):

| kind | count | English key (example) |
| --- | --- | --- |
${kindRows}

Every country has one image, its flag (\`images/flags/<cca2>.png\`, 250 px wide); the other
kinds have none. Both bundles carry their own copy of the flags, so each folder stands alone.
\`countries/aliases.tsv\` has ${stats.en.aliases} aliases (official names; names in other languages under
${stats.aliasLanguages} different BCP 47 tags; ISO codes); \`countries-zh/aliases.tsv\` has ${stats.zh.aliases}
(Chinese official and alternative names).

Triples per relation:

| relation | label | \`countries\` train | valid | test | \`countries-zh\` (all splits) |
| --- | --- | --- | --- | --- | --- |
${relRows}
| **all** | | **${stats.en.train.length}** | **${stats.en.valid.length}** | **${stats.en.test.length}** | **${total(stats.zh)}** |

\`countries-zh\` is split the same way: ${stats.zh.train.length} train, ${stats.zh.valid.length} valid,
${stats.zh.test.length} test (of the ${total(stats.en)} English triples, ${stats.zhDropped} were left out).

## How it is made

- **Keys.** English: \`country/FRA\` (ISO 3166-1 alpha-3), \`region/Europe\`, \`subregion/Western Europe\`,
  \`language/fra\` (ISO 639-3), \`currency/EUR\` (ISO 4217), \`city/FRA/Paris\`. Chinese: built from
  the Chinese names (\`国家/法国\`, \`地区/欧洲\`, \`次地区/西欧\`, \`语言/French\`, \`货币/Euro\`,
  \`城市/法国/Paris\`), so the alignment cannot be read off the keys.
- **Names.** Where countries spell a shared language or currency differently, the most common
  spelling is the label and the others are aliases. Chinese country names come from
  world-countries (\`translations.zho\`, the few in Traditional characters converted to
  Simplified), region names are the usual UN terms; languages, currencies and cities have no
  Chinese names in the sources and keep their English ones.
- **Splits.** The English triples are split about ${Math.round((1 - VALID_SHARE - TEST_SHARE) * 100)}/${Math.round(VALID_SHARE * 100)}/${Math.round(TEST_SHARE * 100)} by a seeded shuffle. A border and
  its reverse, and \`capital\`/\`capital_of\` of one city, always land in the same split, so no
  held-out triple is answered by its mirror in train. A triple is only held out if each of its
  entities and its relation keep at least one train triple, so every entity in valid/test also
  occurs in train, and no triple is in two splits. So \`capital\` and \`capital_of\` are never
  held out: a city's only triples are that pair, which must stay together and in train.
- **Chinese bundle.** ${Math.round(ZH_DROP_SHARE * 100)}% of the triples are dropped by a seeded shuffle; its descriptions
  are composed from the facts it keeps. The English descriptions are composed from all facts,
  test triples included, as descriptions taken from an encyclopedia would be: a text-only model
  can read some answers there.
- **Alignment.** All entities are paired; ${Math.round(PAIRS_TRAIN_SHARE * 100)}% of the pairs, chosen by a seeded shuffle, are
  marked \`train\`, the rest \`test\`.
- **Reproducible.** Fixed seeds, no clock, code-point sorting, no locale formatting: two runs
  give byte-identical files.

## Regenerate

\`\`\`sh
resources/demo/make-countries.sh
\`\`\`

Needs bash, Node.js 20 and npm with access to the npm registry. The script installs the pinned
packages listed in \`npm/package-lock.json\` (integrity-checked by \`npm ci\`) into
\`\${XDG_CACHE_HOME:-~/.cache}/tessera-demo-npm\` (or \`$TESSERA_DEMO_NPM_CACHE\`), outside the
repository, then runs \`node make-countries.mjs\`. To move to newer data, change the versions in \`npm/package.json\`
and in \`PINNED\` in \`make-countries.mjs\`, run \`npm install --package-lock-only
--omit-lockfile-registry-resolved\` in \`npm/\`, and regenerate.

## Sources and licences

| source | version | licence | used for |
| --- | --- | --- | --- |
| [world-countries](https://github.com/mledoze/countries) by Mohammed Le Doze | ${PINNED['world-countries']} | ODbL-1.0 | all facts, names and translations |
| [svg-country-flags](https://github.com/hjnilsson/country-flags) | ${PINNED['svg-country-flags']} | public domain | flags (\`png250px/\`, copied unchanged) |
| [i18n-iso-countries](https://github.com/michaelwittig/node-i18n-iso-countries) | ${PINNED['i18n-iso-countries']} | MIT | country names in other languages |

The bundles are a derived database of world-countries and are released under the ODbL 1.0;
each folder has a \`LICENSE.md\` with the notices. The generator scripts are part of Tessera's
source code.
`;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const inputs = loadInputs(args.modules);
  const graph = buildGraph(inputs);

  const en = englishBundle(graph, inputs);
  const enSplits = splitTriples(graph.triples, SEED_SPLIT_EN);

  const names = chineseNames(graph, inputs);
  const zhKeys = chineseKeys(graph, names);
  const zh = chineseBundle(graph, inputs, names, zhKeys);
  const zhSplits = splitTriples(zh.triples, SEED_SPLIT_ZH);

  const sourceKeys = orderedEntities(graph.entities).map((e) => e.key).sort(cmp);
  const trainPairs = new Set(shuffled(sourceKeys, SEED_PAIRS).slice(0, Math.round(sourceKeys.length * PAIRS_TRAIN_SHARE)));
  const pairRows = sourceKeys.map((k) => [k, zhKeys.get(k), trainPairs.has(k) ? 'train' : 'test']);

  const enDir = path.join(args.out, 'countries');
  const zhDir = path.join(args.out, 'countries-zh');
  const alDir = path.join(args.out, 'countries-en-zh');
  for (const d of [enDir, zhDir, alDir]) resetDir(d);

  writeBundle(enDir, {
    manifestJson: manifest({
      name: 'Countries',
      description: 'Countries and territories of the world with their regions, subregions, official languages, currencies and capitals; one flag image per country.',
      language: 'en',
    }),
    ...en,
    splits: enSplits,
    license: licenseText('This folder holds the English "Countries" demo graph bundled with Tessera.'),
  });
  writeBundle(zhDir, {
    manifestJson: manifest({
      name: '世界各国',
      description: `Countries (Simplified Chinese): the entities of ../countries under other keys with Chinese labels and descriptions, ${Math.round(ZH_DROP_SHARE * 100)}% of the facts removed; flags included. 世界各国和地区及其所属地区、官方语言、货币和首都。`,
      language: 'zh-Hans',
    }),
    ...zh,
    splits: zhSplits,
    license: licenseText('This folder holds the Simplified Chinese "Countries" demo graph bundled with Tessera.'),
  });
  writeFile(alDir, 'manifest.json', JSON.stringify({
    format: 'tessera-alignment',
    version: 1,
    name: 'Countries EN–ZH',
    description: `Aligns the English and Chinese Countries graphs; ${Math.round(PAIRS_TRAIN_SHARE * 100)}% of the pairs are marked for training.`,
    license: 'ODbL-1.0',
    sources: SOURCES,
    source: '../countries',
    target: '../countries-zh',
    pairs: 'pairs.tsv',
  }, null, 2) + '\n');
  writeFile(alDir, 'pairs.tsv', tsv(['source', 'target', 'split'], pairRows));
  writeFile(alDir, 'LICENSE.md', licenseText('This folder holds the alignment between the English and Chinese "Countries" demo graphs bundled with Tessera.'));

  const kinds = countBy([...graph.entities.values()], (e) => e.kind);
  const kindExamples = {
    country: '`country/FRA`', region: '`region/Europe`', subregion: '`subregion/Western Europe`',
    language: '`language/fra`', currency: '`currency/EUR`', city: '`city/FRA/Paris`',
  };
  for (const k of Object.values(kindExamples)) {
    if (!graph.entities.has(k.slice(1, -1))) throw new Error(`README example ${k} is not an entity`);
  }
  const aliasLanguages = new Set(en.aliasRows.map((r) => r[2]).filter(Boolean)).size;
  writeFile(args.out, 'README.md', readme({
    entities: graph.entities.size,
    kinds,
    kindExamples,
    aliasLanguages,
    en: { ...enSplits, aliases: en.aliasRows.length },
    zh: { ...zhSplits, aliases: zh.aliasRows.length },
    zhDropped: zh.droppedCount,
    pairs: { train: trainPairs.size, test: sourceKeys.length - trainPairs.size },
  }));

  const summary = (sp) => `train ${sp.train.length}, valid ${sp.valid.length}, test ${sp.test.length}`;
  process.stdout.write(`entities: ${graph.entities.size} (${KINDS.map((k) => `${k} ${kinds.get(k)}`).join(', ')})\n`);
  process.stdout.write(`countries: ${summary(enSplits)}; aliases ${en.aliasRows.length}\n`);
  process.stdout.write(`countries-zh: ${summary(zhSplits)}; aliases ${zh.aliasRows.length}\n`);
  process.stdout.write(`countries-en-zh: ${pairRows.length} pairs, ${trainPairs.size} train\n`);
}

main();
