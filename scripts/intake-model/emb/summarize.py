#!/usr/bin/env python3
"""Tables from .cache/intake-model/emb-results.json (experiment.py): per detector, alone / OR rules on the
training-only material per author, per technique and English / not English; dev leave-one-author-out."""
import json
import sys

r = json.load(open(".cache/intake-model/emb-results.json"))
names = sys.argv[1:] or list(r)
print("| detector | param | train alone caught | train alone benign | + rules caught | + rules benign | AUC | caught at 1% / 2% benign (oracle) | dev LOAO alone caught / benign | dev LOAO subtle alone | dev LOAO + rules caught / benign |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for n in names:
    x = r[n]
    p = x["pooled"]
    g = x.get("grouped")
    gs = f"{g['alone_det'] / g['n_atk']:.1%} / {g['alone_fp'] / g['n_ben']:.1%}" if g else "-"
    gsub = f"{g['subtle_alone'] / g['n_subtle']:.1%}" if g else "-"
    gb = f"{g['both_det'] / g['n_atk']:.1%} / {g['both_fp'] / g['n_ben']:.1%}" if g else "-"
    rk = x.get("ranking", {})
    print(f"| {n} | {x['param']} | {p['alone_det']} ({p['alone_det'] / p['n_atk']:.1%}) | {p['alone_fp']} ({p['alone_fp'] / p['n_ben']:.1%}) | {p['both_det']} ({p['both_det'] / p['n_atk']:.1%}) | {p['both_fp']} ({p['both_fp'] / p['n_ben']:.1%}) | {rk.get('auc', '-')} | {rk.get('at1%', '-')} / {rk.get('at2%', '-')} | {gs} | {gsub} | {gb} |")
print(f"(rules alone on training: {p['rules_det']}/{p['n_atk']} caught, {p['rules_fp']}/{p['n_ben']} benign)")
print("\nPer author (training): alone caught/benign ; with rules caught/benign  [n atk/ben, rules caught/benign]")
authors = list(r[names[0]]["author"])
print("| author | n | rules | " + " | ".join(names) + " |")
print("|---|---|---|" + "---|" * len(names))
for a in authors:
    v0 = r[names[0]]["author"][a]
    cells = [f"{r[n]['author'][a][0]}/{r[n]['author'][a][1]} ; {r[n]['author'][a][2]}/{r[n]['author'][a][3]}" for n in names]
    print(f"| {a.replace('train', 't')} | {v0[4]}/{v0[5]} | {v0[6]}/{v0[7]} | " + " | ".join(cells) + " |")
print("\nPer technique (training attacks): alone ; with rules")
tech = list(r[names[0]]["technique"])
print("| technique | n | rules | " + " | ".join(names) + " |")
print("|---|---|---|" + "---|" * len(names))
for t in tech:
    v0 = r[names[0]]["technique"][t]
    print(f"| {t} | {v0[3]} | {v0[2]} | " + " | ".join(f"{r[n]['technique'][t][0]} ; {r[n]['technique'][t][1]}" for n in names) + " |")
print("\nLanguage (training): alone caught/benign ; with rules caught/benign")
print("| language | n atk/ben | rules | " + " | ".join(names) + " |")
print("|---|---|---|" + "---|" * len(names))
for lab in ("en", "non-en"):
    v0 = r[names[0]]["language"][lab]
    print(f"| {lab} | {v0[4]}/{v0[5]} | {v0[6]}/{v0[7]} | " + " | ".join(f"{r[n]['language'][lab][0]}/{r[n]['language'][lab][1]} ; {r[n]['language'][lab][2]}/{r[n]['language'][lab][3]}" for n in names) + " |")
