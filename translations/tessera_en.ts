<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlignCommand</name>
    <message>
        <source>align: expected tessera align --workspace W --model M --entity KEY [--side a|b] [--k 10] [--candidates all|test] [--json]</source>
        <translation>align: expected tessera align --workspace W --model M --entity KEY [--side a|b] [--k 10] [--candidates all|test] [--json]</translation>
    </message>
    <message>
        <source>align: unknown --side &apos;%1&apos;, expected a or b</source>
        <translation>align: unknown --side &apos;%1&apos;, expected a or b</translation>
    </message>
    <message>
        <source>align: --k must be a positive integer</source>
        <translation>align: --k must be a positive integer</translation>
    </message>
    <message>
        <source>align: --csls-k must be a positive integer, not &apos;%1&apos;</source>
        <translation>align: --csls-k must be a positive integer, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>align: unknown --candidates &apos;%1&apos;, expected all or test</source>
        <translation>align: unknown --candidates &apos;%1&apos;, expected all or test</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>warning: %1
</translation>
    </message>
    <message>
        <source>align: &apos;%1&apos; is not in a test pair; --candidates test ranks test pairs only (use --candidates all)</source>
        <translation>align: &apos;%1&apos; is not in a test pair; --candidates test ranks test pairs only (use --candidates all)</translation>
    </message>
    <message>
        <source>%1: cannot align: %2</source>
        <translation>%1: cannot align: %2</translation>
    </message>
    <message>
        <source>Counterparts in %1 of %2 (%3), CSLS k=%4 over %5 candidates
</source>
        <translation>Counterparts in %1 of %2 (%3), CSLS k=%4 over %5 candidates
</translation>
    </message>
    <message>
        <source>meta-weights: %1
</source>
        <translation>meta-weights: %1
</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>sim</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidate</translation>
    </message>
    <message>
        <source> ← true counterpart</source>
        <translation> ← true counterpart</translation>
    </message>
    <message>
        <source> (in a seed pair)</source>
        <translation> (in a seed pair)</translation>
    </message>
    <message>
        <source> (in a test pair)</source>
        <translation> (in a test pair)</translation>
    </message>
    <message>
        <source>true counterpart (%1 pair): %2 at rank %3 (plain similarity: rank %4)
</source>
        <translation>true counterpart (%1 pair): %2 at rank %3 (plain similarity: rank %4)
</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>the workspace pairs this entity with nothing
</source>
        <translation>the workspace pairs this entity with nothing
</translation>
    </message>
</context>
<context>
    <name>AlignmentDumpCommand</name>
    <message>
        <source>dump: expected tessera dump --workspace W --model M --what meta-weights|fused|modal --out F.safetensors</source>
        <translation>dump: expected tessera dump --workspace W --model M --what meta-weights|fused|modal --out F.safetensors</translation>
    </message>
    <message>
        <source>dump: unknown --what &apos;%1&apos; for an alignment model, expected meta-weights, fused or modal</source>
        <translation>dump: unknown --what &apos;%1&apos; for an alignment model, expected meta-weights, fused or modal</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>warning: %1
</translation>
    </message>
    <message>
        <source>meta_weights [%1, %2] (%3)</source>
        <translation>meta_weights [%1, %2] (%3)</translation>
    </message>
    <message>
        <source>fused [%1, %2]</source>
        <translation>fused [%1, %2]</translation>
    </message>
    <message>
        <source>modal.* [%1, %2] for %3, present [%1, %4]</source>
        <translation>modal.* [%1, %2] for %3, present [%1, %4]</translation>
    </message>
    <message>
        <source>wrote %1: %2
</source>
        <translation>wrote %1: %2
</translation>
    </message>
</context>
<context>
    <name>AlignmentEvaluateCommand</name>
    <message>
        <source>evaluate: expected tessera evaluate --workspace W --model M [--candidates test|all] [--csls-k K] [--json]</source>
        <translation>evaluate: expected tessera evaluate --workspace W --model M [--candidates test|all] [--csls-k K] [--json]</translation>
    </message>
    <message>
        <source>evaluate: unknown --candidates &apos;%1&apos;, expected test or all</source>
        <translation>evaluate: unknown --candidates &apos;%1&apos;, expected test or all</translation>
    </message>
    <message>
        <source>evaluate: --csls-k must be a positive integer, not &apos;%1&apos;</source>
        <translation>evaluate: --csls-k must be a positive integer, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>warning: %1
</translation>
    </message>
    <message>
        <source>%1: the workspace has no test pairs to evaluate</source>
        <translation>%1: the workspace has no test pairs to evaluate</translation>
    </message>
    <message>
        <source>%1: cannot evaluate: %2</source>
        <translation>%1: cannot evaluate: %2</translation>
    </message>
    <message>
        <source>MEAformer alignment on %1: %2 test pairs between %3 and %4
</source>
        <translation>MEAformer alignment on %1: %2 test pairs between %3 and %4
</translation>
    </message>
    <message>
        <source>candidates: every entity of the other graph (%1 of B for A → B, %2 of A for B → A)
</source>
        <translation>candidates: every entity of the other graph (%1 of B for A → B, %2 of A for B → A)
</translation>
    </message>
    <message>
        <source>candidates: the other side of the test pairs (as the reference&apos;s test routine ranks them)
</source>
        <translation>candidates: the other side of the test pairs (as the reference&apos;s test routine ranks them)
</translation>
    </message>
    <message>
        <source>CSLS k=%1</source>
        <translation>CSLS k=%1</translation>
    </message>
    <message>
        <source>A → B</source>
        <translation>A → B</translation>
    </message>
    <message>
        <source>B → A</source>
        <translation>B → A</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>plain</translation>
    </message>
    <message>
        <source>time: %1 s on %2 (%3 CPU threads)
</source>
        <translation>time: %1 s on %2 (%3 CPU threads)
</translation>
    </message>
</context>
<context>
    <name>AlignmentModalityStyle</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>attributes</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relations</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>name characters</source>
        <translation>name characters</translation>
    </message>
    <message>
        <source>img</source>
        <translation>img</translation>
    </message>
    <message>
        <source>attr.</source>
        <translation>attr.</translation>
    </message>
    <message>
        <source>rel.</source>
        <translation>rel.</translation>
    </message>
    <message>
        <source>struct.</source>
        <translation>struct.</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>chars</translation>
    </message>
</context>
<context>
    <name>AlignmentRendering</name>
    <message>
        <source>the %1 view needs --workspace W and --model M (an alignment model)</source>
        <translation>the %1 view needs --workspace W and --model M (an alignment model)</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>warning: %1
</translation>
    </message>
    <message>
        <source>the alignment view needs --entity KEY</source>
        <translation>the alignment view needs --entity KEY</translation>
    </message>
    <message>
        <source>--side must be a or b, got &apos;%1&apos;</source>
        <translation>--side must be a or b, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--candidates must be all or test, got &apos;%1&apos;</source>
        <translation>--candidates must be all or test, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--k must be a whole number from 1 to 100</source>
        <translation>--k must be a whole number from 1 to 100</translation>
    </message>
    <message>
        <source>cannot align: %1</source>
        <translation>cannot align: %1</translation>
    </message>
    <message>
        <source>Counterparts of %1</source>
        <translation>Counterparts of %1</translation>
    </message>
    <message>
        <source>--modality &apos;%1&apos; is not one of the model&apos;s modalities</source>
        <translation>--modality &apos;%1&apos; is not one of the model&apos;s modalities</translation>
    </message>
    <message>
        <source>Modality meta-weights</source>
        <translation>Modality meta-weights</translation>
    </message>
</context>
<context>
    <name>AlignmentTrainCommand</name>
    <message>
        <source>train: --workspace and --out are required (tessera train meaformer --help)</source>
        <translation>train: --workspace and --out are required (tessera train meaformer --help)</translation>
    </message>
    <message>
        <source>train: --epochs must be positive and --batch at least 2</source>
        <translation>train: --epochs must be positive and --batch at least 2</translation>
    </message>
    <message>
        <source>train: --valid-fraction must be in [0, 1)</source>
        <translation>train: --valid-fraction must be in [0, 1)</translation>
    </message>
    <message>
        <source>train: --gat-heads expects numbers separated by commas, got &apos;%1&apos;</source>
        <translation>train: --gat-heads expects numbers separated by commas, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>train: unknown --loss &apos;%1&apos;, expected meaformer or mclea</source>
        <translation>train: unknown --loss &apos;%1&apos;, expected meaformer or mclea</translation>
    </message>
    <message>
        <source>train: %1 is one graph; alignment trains on a workspace of two graphs and their pairs</source>
        <translation>train: %1 is one graph; alignment trains on a workspace of two graphs and their pairs</translation>
    </message>
    <message>
        <source>warning: %1: %2
</source>
        <translation>warning: %1: %2
</translation>
    </message>
    <message>
        <source>train: unknown modality &apos;%1&apos; (expected img, att, rel, gph, char)</source>
        <translation>train: unknown modality &apos;%1&apos; (expected img, att, rel, gph, char)</translation>
    </message>
    <message>
        <source>%1: fewer than two seed pairs to train on</source>
        <translation>%1: fewer than two seed pairs to train on</translation>
    </message>
    <message>
        <source>resuming at epoch %1
</source>
        <translation>resuming at epoch %1
</translation>
    </message>
    <message>
        <source>nothing to resume in %1/last; starting fresh
</source>
        <translation>nothing to resume in %1/last; starting fresh
</translation>
    </message>
    <message>
        <source>training %1 on %2: %3 + %4 entities, %5 seed pairs (%6 held out), %7 test pairs; modalities %8, hidden %9; %10, %11 threads
</source>
        <translation>training %1 on %2: %3 + %4 entities, %5 seed pairs (%6 held out), %7 test pairs; modalities %8, hidden %9; %10, %11 threads
</translation>
    </message>
    <message>
        <source>epoch %1/%2 batch %3/%4 loss %5  lr %6  ETA %7   </source>
        <translation>epoch %1/%2 batch %3/%4 loss %5  lr %6  ETA %7   </translation>
    </message>
    <message>
        <source>epoch %1: loss %2, %3 s</source>
        <translation>epoch %1: loss %2, %3 s</translation>
    </message>
    <message>
        <source>, held-out Hits@1 %1, MRR %2%3</source>
        <translation>, held-out Hits@1 %1, MRR %2%3</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation> (best)</translation>
    </message>
    <message>
        <source>, %1 new seed pairs (%2 right)</source>
        <translation>, %1 new seed pairs (%2 right)</translation>
    </message>
    <message>
        <source>
interrupted: the last checkpoint is in %1/last; continue with --resume
</source>
        <translation>
interrupted: the last checkpoint is in %1/last; continue with --resume
</translation>
    </message>
    <message>
        <source>done in %1: test Hits@1 %2 / MRR %3 (A → B, CSLS), %4 / %5 (B → A); model in %6/best
</source>
        <translation>done in %1: test Hits@1 %2 / MRR %3 (A → B, CSLS), %4 / %5 (B → A); model in %6/best
</translation>
    </message>
    <message>
        <source>done in %1; the workspace has no test pairs; model in %2/best
</source>
        <translation>done in %1; the workspace has no test pairs; model in %2/best
</translation>
    </message>
    <message>
        <source>Usage: tessera train meaformer --workspace W --out MODEL [options]

W: an EVA / MEAformer folder (DBP15K), or an alignment bundle (resources/demo/countries-en-zh).
Model (reference defaults):
  --modalities img,att,rel,gph,char   (default: every one the workspace has)
  --hidden 300  --layers 1  --heads 1  --ffn 400 (0 = no FFN)  --gat-heads 2,2
  --loss meaformer|mclea   (mclea: MCLEA&apos;s objective and its one weight per modality)
  --csls-k 3  --tau 0.1
Features:
  --name-bigrams 1000 (columns of name character bigrams)  --compact-relations (one column
  per relation present instead of the reference&apos;s 1000)
Training:
  --epochs 300  --batch 3500  --lr 0.0005  --decay 0.0001  --clip 1  --warmup 0.15
  --valid-fraction 0.1 (seed pairs held out to choose the model)  --valid-every 10
  --iterative [--iterative-start 100] [--iterative-every 5]   (new seeds from mutual neighbours)
  --seed 42  --device auto|cpu|cuda  --threads N  --resume  --quiet

The best model on the held-out pairs is kept in MODEL/best (the reference picks on test);
the test pairs are only used for the final report, MODEL/test-evaluation.json.
</source>
        <translation>Usage: tessera train meaformer --workspace W --out MODEL [options]

W: an EVA / MEAformer folder (DBP15K), or an alignment bundle (resources/demo/countries-en-zh).
Model (reference defaults):
  --modalities img,att,rel,gph,char   (default: every one the workspace has)
  --hidden 300  --layers 1  --heads 1  --ffn 400 (0 = no FFN)  --gat-heads 2,2
  --loss meaformer|mclea   (mclea: MCLEA&apos;s objective and its one weight per modality)
  --csls-k 3  --tau 0.1
Features:
  --name-bigrams 1000 (columns of name character bigrams)  --compact-relations (one column
  per relation present instead of the reference&apos;s 1000)
Training:
  --epochs 300  --batch 3500  --lr 0.0005  --decay 0.0001  --clip 1  --warmup 0.15
  --valid-fraction 0.1 (seed pairs held out to choose the model)  --valid-every 10
  --iterative [--iterative-start 100] [--iterative-every 5]   (new seeds from mutual neighbours)
  --seed 42  --device auto|cpu|cuda  --threads N  --resume  --quiet

The best model on the held-out pairs is kept in MODEL/best (the reference picks on test);
the test pairs are only used for the final report, MODEL/test-evaluation.json.
</translation>
    </message>
</context>
<context>
    <name>AlignmentWindowRendering</name>
    <message>
        <source>the alignment-window view needs --workspace W and --model M (an alignment model)</source>
        <translation>the alignment-window view needs --workspace W and --model M (an alignment model)</translation>
    </message>
    <message>
        <source>the alignment-window view renders to PNG only</source>
        <translation>the alignment-window view renders to PNG only</translation>
    </message>
    <message>
        <source>--filter must be one of %1, got &apos;%2&apos;</source>
        <translation>--filter must be one of %1, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--candidates must be all or test, got &apos;%1&apos;</source>
        <translation>--candidates must be all or test, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--side must be a or b, got &apos;%1&apos;</source>
        <translation>--side must be a or b, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the workspace did not open in time</source>
        <translation>%1: the workspace did not open in time</translation>
    </message>
</context>
<context>
    <name>AttentionRendering</name>
    <message>
        <source>the attention view needs --model MODEL</source>
        <translation>the attention view needs --model MODEL</translation>
    </message>
    <message>
        <source>--input must be full, no-image or no-text, got &apos;%1&apos;</source>
        <translation>--input must be full, no-image or no-text, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fusion must be mean or max, got &apos;%1&apos;</source>
        <translation>--fusion must be mean or max, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choose one of --layer/--head, --rollout and --last-layer</source>
        <translation>choose one of --layer/--head, --rollout and --last-layer</translation>
    </message>
    <message>
        <source>--layer must be 1 to %1 and --head 1 to %2 for this model</source>
        <translation>--layer must be 1 to %1 and --head 1 to %2 for this model</translation>
    </message>
    <message>
        <source>Attention of %1</source>
        <translation>Attention of %1</translation>
    </message>
</context>
<context>
    <name>AttentionTokenNames</name>
    <message>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>▣ %1</source>
        <translation>▣ %1</translation>
    </message>
</context>
<context>
    <name>CodebookStatsCommand</name>
    <message>
        <source>codebook-stats: expected tessera codebook-stats --graph G --tokens DIR [--json] [--top 10]</source>
        <translation>codebook-stats: expected tessera codebook-stats --graph G --tokens DIR [--json] [--top 10]</translation>
    </message>
    <message>
        <source>codebook-stats: --top expects a positive whole number, got &apos;%1&apos;</source>
        <translation>codebook-stats: --top expects a positive whole number, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>codebook-stats: %1 is not a token folder (tessera tokenize --out writes one)</source>
        <translation>codebook-stats: %1 is not a token folder (tessera tokenize --out writes one)</translation>
    </message>
    <message>
        <source>codebook-stats: %1 holds two graphs (an alignment data set); give one</source>
        <translation>codebook-stats: %1 holds two graphs (an alignment data set); give one</translation>
    </message>
    <message>
        <source>codebook-stats: %1 has neither visual-tokens.json nor text-tokens.json</source>
        <translation>codebook-stats: %1 has neither visual-tokens.json nor text-tokens.json</translation>
    </message>
    <message>
        <source>%1 codebook: %2 codes, %3 used (%4 %), %5 dead; perplexity %6 (normalised entropy %7); top %8 codes hold %9 % of %10 occurrences; Gini %11; %12 entities with tokens
</source>
        <translation>%1 codebook: %2 codes, %3 used (%4 %), %5 dead; perplexity %6 (normalised entropy %7); top %8 codes hold %9 % of %10 occurrences; Gini %11; %12 entities with tokens
</translation>
    </message>
    <message>
        <source>visual</source>
        <translation>visual</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>shared codebook: Jaccard %1, mixed codes %2 % (each modality ≥ %3 %), JS divergence %4
</source>
        <translation>shared codebook: Jaccard %1, mixed codes %2 % (each modality ≥ %3 %), JS divergence %4
</translation>
    </message>
</context>
<context>
    <name>CollapseEntityCommand</name>
    <message>
        <source>Collapse %1</source>
        <translation>Collapse %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation>option --%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unknown option --%1</translation>
    </message>
    <message>
        <source>available (%1 device(s))</source>
        <translation>available (%1 device(s))</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>tessera %1 (Qt %2, LibTorch %3, OpenCV %4)
%5
</source>
        <translation>tessera %1 (Qt %2, LibTorch %3, OpenCV %4)
%5
</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;, expected auto, %2</source>
        <translation>unknown format &apos;%1&apos;, expected auto, %2</translation>
    </message>
    <message>
        <source>%1: not enough memory to read this graph</source>
        <translation>%1: not enough memory to read this graph</translation>
    </message>
    <message>
        <source>compute: %1, %2 CPU threads, BLAS %3, CUDA %4</source>
        <translation>compute: %1, %2 CPU threads, BLAS %3, CUDA %4</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>unknown command or no such graph: %1 (tessera help lists the commands)</source>
        <translation>unknown command or no such graph: %1 (tessera help lists the commands)</translation>
    </message>
    <message>
        <source>Tessera %1 — explorer for multi-modal knowledge graphs and the models trained on them

Usage:
  tessera                      open the window on the bundled demo graph, its model
                               and the tokens the model read
  tessera PATH [--model M] [--tokens DIR]
                               open the window on a graph (bundle or public format),
                               with a MyGO model trained on it for link prediction
                               and a token folder of it (tessera tokenize --out)
  tessera SUBCOMMAND ...       run headless

Subcommands:
  info GRAPH [--json] [--format NAME] [--verify-images]
        counts: entities, relations, triples per split, images, entities without
        image or text, and the detected format
  import --from FORMAT SRC --out BUNDLE
        convert a public format into a Tessera bundle (FORMAT: auto, bundle, mygo,
        alignment, labelled-triples)
  tokenize --graph G --out DIR [--grid 14] [--levels 4] [--text-from label,description]
        [--train-visual [--codebook-size 1024] [--epochs 10] [--no-reset] [--no-ema]
        [--shared-codebook | --text-codebook] ...] [--resume DIR] [--visual-tokenizer DIR]
        tokens for MyGO: image codes (colour patches, or a VQ tokenizer learned with
        --train-visual or applied with --visual-tokenizer), graph-vocabulary words or
        BERT word pieces (--text-tokenizer wordpiece), or both modalities through one
        learned codebook (--shared-codebook, as Uni-Code), with their frozen tables
        (train mygo --visual-tokens DIR/visual-tokens.json ...); --resume DIR goes on
        training the tokenizer of a token folder (image-only or shared) up to --epochs
  wordpiece [--json] [--vocab vocab.txt] [TEXT...]
        BERT uncased word pieces and their ids of each text (standard input when no
        TEXT is given), without [CLS]/[SEP]
  codebook-stats --graph G --tokens DIR [--json] [--top 10]
        codebook usage of a token folder per modality: used and dead codes,
        perplexity, top-k mass, Gini, per-code counts (--json)
  train mygo --graph G --out MODEL [options]
        train MyGO link prediction (tessera train mygo --help lists the options)
  render entity|neighbourhood|ranking|window --graph G --entity KEY --out FILE.png|svg
        [--width W] [--height H] [--depth N] [--model M] [--relation R] [--heads]
        [--filtered] [--k 10] [--mask-visual] [--mask-text]
        [--tab candidates|attention|masking] [--csv FILE.csv] [--debug-overlay]
        draw a view headless (window: the whole main window, PNG, with the model&apos;s
        ranking when --model is given; ranking: the link-prediction panel, needs --model;
        its tabs: the candidates, the context encoder&apos;s attention for the query, the
        relation&apos;s test queries ranked with and without image and text)
  render tokens|codebook --graph G --tokens DIR [--entity KEY] --out FILE.png|svg
        [--modality visual|text] [--log-y] [--csv FILE.csv]
        the Tokens view of an entity or the Codebook view of a token folder (--csv: the
        per-code counts)
  render attention --graph G --model M --entity KEY --out FILE.png|svg
        [--layer L --head H | --rollout [--fusion mean|max] | --last-layer]
        [--input full|no-image|no-text] [--tokens DIR] [--csv FILE.csv]
        the Attention view: the entity encoder&apos;s maps; with --tokens, the image and text
        shaded by the attention [CLS] gives each kept token (--csv: the map&apos;s numbers)
  render embedding --graph G --model M --out FILE.png|svg [--method pca|tsne]
        [--colour prefix|image|triples|modality|code] [--tokens DIR] [--entity KEY]
        [--what entities|relations] [--csv FILE.csv]
        the Embedding Map: entity representations in 2-D, --entity ringed with its
        nearest neighbours by cosine (--csv: key, label, x, y, group)
  render shares --graph G --model M --out FILE.png|svg [--rollout]
        [--slot structure|visual|text|self] [--entity KEY] [--csv FILE.csv]
        Modality Shares: [CLS]&apos;s attention on structure, image and text over all
        entities (box plots), the entities where --slot gets the most (--csv: every
        entity&apos;s shares)
  render alignment --workspace W --model M --entity KEY [--side a|b] [--k 10]
        [--candidates all|test] [--csv FILE.csv]
        one entity&apos;s ranked counterparts: CSLS, similarity and a bar per modality
  render meta-weights --workspace W --model M [--entity KEY] [--modality img|rel|...]
        MEAformer&apos;s modality meta-weights: bars, box plots, Hits@1 by dominant modality
  render alignment-window --workspace W --model M [--entity KEY] [--side a|b]
        [--candidates all|test] [--filter all|test|seed|wrong|accepted|unpaired]
        the alignment workspace window as the GUI shows it (PNG)
  import-model --from mygo-reference DIR --out MODEL [--graph G]
        convert a reference MyGO checkpoint folder (config.json, weights.safetensors or a
        PyTorch .pth state dict, inputs.safetensors) into a Tessera model folder,
        optionally bound to a graph
  import-model --from meaformer-reference DIR --out MODEL
        convert a reference MEAformer folder (config.json, weights.safetensors,
        inputs.safetensors, kg/ in the EVA format) into a model bound to kg/&apos;s two graphs
  evaluate --graph G --model M [--split test|valid] [--json] [--device auto|cpu|cuda]
        filtered MR, MRR, Hits@1/3/10 (head, tail, both; reference and realistic rank)
  evaluate --workspace W --model M [--candidates test|all] [--csls-k K] [--json]
        entity alignment over the workspace&apos;s test pairs: Hits@1/10, MRR, MR in both
        directions, with and without CSLS (all: against every entity of the other graph)
  align --workspace W --model M --entity KEY [--side a|b] [--k 10] [--candidates all|test]
        [--csls-k K] [--json]
        ranked counterparts of one entity with CSLS score and per-modality similarity
  predict --graph G --model M --relation R (--head X | --tail X) [--k 10] [--json]
        [--filtered] [--mask-visual] [--mask-text]
        ranked candidates of one query, known answers marked with their split
  dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors
        [--entities KEY,KEY] [--split test]
        raw tensors for analysis and parity checks
  dump --workspace W --model M --what meta-weights|fused|modal --out F.safetensors
        an alignment model&apos;s meta-weights [N, M], fused embeddings or modality embeddings
  embed --graph G --model M [--method pca|tsne] [--what entities|relations] --out F.csv
        [--perplexity 30] [--iterations 1000] [--seed 1] [--threads 2]
        the model&apos;s representations in 2-D (PCA, or Barnes-Hut t-SNE) as key,label,x,y

Options:
  -h, --help       this text
  -V, --version    versions of Tessera and its libraries, and the compute device

Exit codes: 0 success, 2 bad input (one line on stderr: file, line, problem), 1 internal error.
Formats are documented in core/io/FORMATS.md.
</source>
        <translation>Tessera %1 — explorer for multi-modal knowledge graphs and the models trained on them

Usage:
  tessera                      open the window on the bundled demo graph, its model
                               and the tokens the model read
  tessera PATH [--model M] [--tokens DIR]
                               open the window on a graph (bundle or public format),
                               with a MyGO model trained on it for link prediction
                               and a token folder of it (tessera tokenize --out)
  tessera SUBCOMMAND ...       run headless

Subcommands:
  info GRAPH [--json] [--format NAME] [--verify-images]
        counts: entities, relations, triples per split, images, entities without
        image or text, and the detected format
  import --from FORMAT SRC --out BUNDLE
        convert a public format into a Tessera bundle (FORMAT: auto, bundle, mygo,
        alignment, labelled-triples)
  tokenize --graph G --out DIR [--grid 14] [--levels 4] [--text-from label,description]
        [--train-visual [--codebook-size 1024] [--epochs 10] [--no-reset] [--no-ema]
        [--shared-codebook | --text-codebook] ...] [--resume DIR] [--visual-tokenizer DIR]
        tokens for MyGO: image codes (colour patches, or a VQ tokenizer learned with
        --train-visual or applied with --visual-tokenizer), graph-vocabulary words or
        BERT word pieces (--text-tokenizer wordpiece), or both modalities through one
        learned codebook (--shared-codebook, as Uni-Code), with their frozen tables
        (train mygo --visual-tokens DIR/visual-tokens.json ...); --resume DIR goes on
        training the tokenizer of a token folder (image-only or shared) up to --epochs
  wordpiece [--json] [--vocab vocab.txt] [TEXT...]
        BERT uncased word pieces and their ids of each text (standard input when no
        TEXT is given), without [CLS]/[SEP]
  codebook-stats --graph G --tokens DIR [--json] [--top 10]
        codebook usage of a token folder per modality: used and dead codes,
        perplexity, top-k mass, Gini, per-code counts (--json)
  train mygo --graph G --out MODEL [options]
        train MyGO link prediction (tessera train mygo --help lists the options)
  render entity|neighbourhood|ranking|window --graph G --entity KEY --out FILE.png|svg
        [--width W] [--height H] [--depth N] [--model M] [--relation R] [--heads]
        [--filtered] [--k 10] [--mask-visual] [--mask-text]
        [--tab candidates|attention|masking] [--csv FILE.csv] [--debug-overlay]
        draw a view headless (window: the whole main window, PNG, with the model&apos;s
        ranking when --model is given; ranking: the link-prediction panel, needs --model;
        its tabs: the candidates, the context encoder&apos;s attention for the query, the
        relation&apos;s test queries ranked with and without image and text)
  render tokens|codebook --graph G --tokens DIR [--entity KEY] --out FILE.png|svg
        [--modality visual|text] [--log-y] [--csv FILE.csv]
        the Tokens view of an entity or the Codebook view of a token folder (--csv: the
        per-code counts)
  render attention --graph G --model M --entity KEY --out FILE.png|svg
        [--layer L --head H | --rollout [--fusion mean|max] | --last-layer]
        [--input full|no-image|no-text] [--tokens DIR] [--csv FILE.csv]
        the Attention view: the entity encoder&apos;s maps; with --tokens, the image and text
        shaded by the attention [CLS] gives each kept token (--csv: the map&apos;s numbers)
  render embedding --graph G --model M --out FILE.png|svg [--method pca|tsne]
        [--colour prefix|image|triples|modality|code] [--tokens DIR] [--entity KEY]
        [--what entities|relations] [--csv FILE.csv]
        the Embedding Map: entity representations in 2-D, --entity ringed with its
        nearest neighbours by cosine (--csv: key, label, x, y, group)
  render shares --graph G --model M --out FILE.png|svg [--rollout]
        [--slot structure|visual|text|self] [--entity KEY] [--csv FILE.csv]
        Modality Shares: [CLS]&apos;s attention on structure, image and text over all
        entities (box plots), the entities where --slot gets the most (--csv: every
        entity&apos;s shares)
  render alignment --workspace W --model M --entity KEY [--side a|b] [--k 10]
        [--candidates all|test] [--csv FILE.csv]
        one entity&apos;s ranked counterparts: CSLS, similarity and a bar per modality
  render meta-weights --workspace W --model M [--entity KEY] [--modality img|rel|...]
        MEAformer&apos;s modality meta-weights: bars, box plots, Hits@1 by dominant modality
  render alignment-window --workspace W --model M [--entity KEY] [--side a|b]
        [--candidates all|test] [--filter all|test|seed|wrong|accepted|unpaired]
        the alignment workspace window as the GUI shows it (PNG)
  import-model --from mygo-reference DIR --out MODEL [--graph G]
        convert a reference MyGO checkpoint folder (config.json, weights.safetensors or a
        PyTorch .pth state dict, inputs.safetensors) into a Tessera model folder,
        optionally bound to a graph
  import-model --from meaformer-reference DIR --out MODEL
        convert a reference MEAformer folder (config.json, weights.safetensors,
        inputs.safetensors, kg/ in the EVA format) into a model bound to kg/&apos;s two graphs
  evaluate --graph G --model M [--split test|valid] [--json] [--device auto|cpu|cuda]
        filtered MR, MRR, Hits@1/3/10 (head, tail, both; reference and realistic rank)
  evaluate --workspace W --model M [--candidates test|all] [--csls-k K] [--json]
        entity alignment over the workspace&apos;s test pairs: Hits@1/10, MRR, MR in both
        directions, with and without CSLS (all: against every entity of the other graph)
  align --workspace W --model M --entity KEY [--side a|b] [--k 10] [--candidates all|test]
        [--csls-k K] [--json]
        ranked counterparts of one entity with CSLS score and per-modality similarity
  predict --graph G --model M --relation R (--head X | --tail X) [--k 10] [--json]
        [--filtered] [--mask-visual] [--mask-text]
        ranked candidates of one query, known answers marked with their split
  dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors
        [--entities KEY,KEY] [--split test]
        raw tensors for analysis and parity checks
  dump --workspace W --model M --what meta-weights|fused|modal --out F.safetensors
        an alignment model&apos;s meta-weights [N, M], fused embeddings or modality embeddings
  embed --graph G --model M [--method pca|tsne] [--what entities|relations] --out F.csv
        [--perplexity 30] [--iterations 1000] [--seed 1] [--threads 2]
        the model&apos;s representations in 2-D (PCA, or Barnes-Hut t-SNE) as key,label,x,y

Options:
  -h, --help       this text
  -V, --version    versions of Tessera and its libraries, and the compute device

Exit codes: 0 success, 2 bad input (one line on stderr: file, line, problem), 1 internal error.
Formats are documented in core/io/FORMATS.md.
</translation>
    </message>
</context>
<context>
    <name>DatasetLoadWorker</name>
    <message>
        <source>%1: not enough memory to read this graph</source>
        <translation>%1: not enough memory to read this graph</translation>
    </message>
</context>
<context>
    <name>DumpCommand</name>
    <message>
        <source>dump: expected tessera dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors</source>
        <translation>dump: expected tessera dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors</translation>
    </message>
    <message>
        <source>dump: unknown --what &apos;%1&apos;, expected entity-reps, attention or scores</source>
        <translation>dump: unknown --what &apos;%1&apos;, expected entity-reps, attention or scores</translation>
    </message>
    <message>
        <source>dump: --entities applies to --what attention only</source>
        <translation>dump: --entities applies to --what attention only</translation>
    </message>
    <message>
        <source>dump: unknown split &apos;%1&apos;, expected train, valid or test</source>
        <translation>dump: unknown split &apos;%1&apos;, expected train, valid or test</translation>
    </message>
    <message>
        <source>dump: --split applies to --what scores only</source>
        <translation>dump: --split applies to --what scores only</translation>
    </message>
    <message>
        <source>ent_embs [%1, %2], rel_embs [%3, %2]</source>
        <translation>ent_embs [%1, %2], rel_embs [%3, %2]</translation>
    </message>
    <message>
        <source>dump: unknown entity key &apos;%1&apos; in %2</source>
        <translation>dump: unknown entity key &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>dump: --entities lists no entity</source>
        <translation>dump: --entities lists no entity</translation>
    </message>
    <message>
        <source>cmee_attn_weights [%1, %2, %3, %4, %4] for %2 entities</source>
        <translation>cmee_attn_weights [%1, %2, %3, %4, %4] for %2 entities</translation>
    </message>
    <message>
        <source>%1: the %2 split has no triples</source>
        <translation>%1: the %2 split has no triples</translation>
    </message>
    <message>
        <source>%1_tail_scores and %1_head_scores [%2, %3], queries and triples [%2, 3]</source>
        <translation>%1_tail_scores and %1_head_scores [%2, %3], queries and triples [%2, 3]</translation>
    </message>
    <message>
        <source>wrote %1: %2
</source>
        <translation>wrote %1: %2
</translation>
    </message>
</context>
<context>
    <name>EmbedCommand</name>
    <message>
        <source>embed: --%1 must be %2 from %3 to %4, got &apos;%5&apos;</source>
        <translation>embed: --%1 must be %2 from %3 to %4, got &apos;%5&apos;</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>embed: expected tessera embed --graph G --model M [--method pca|tsne] [--what entities|relations] --out F.csv</source>
        <translation>embed: expected tessera embed --graph G --model M [--method pca|tsne] [--what entities|relations] --out F.csv</translation>
    </message>
    <message>
        <source>embed: unknown --method &apos;%1&apos;, expected pca or tsne</source>
        <translation>embed: unknown --method &apos;%1&apos;, expected pca or tsne</translation>
    </message>
    <message>
        <source>embed: unknown --what &apos;%1&apos;, expected entities or relations</source>
        <translation>embed: unknown --what &apos;%1&apos;, expected entities or relations</translation>
    </message>
    <message>
        <source>embed: --perplexity and --iterations apply to --method tsne only</source>
        <translation>embed: --perplexity and --iterations apply to --method tsne only</translation>
    </message>
    <message>
        <source>PCA: the two directions explain %1 % and %2 % of the variance</source>
        <translation>PCA: the two directions explain %1 % and %2 % of the variance</translation>
    </message>
    <message>
        <source>embed: t-SNE needs at least 4 points, %1 has %2 %3</source>
        <translation>embed: t-SNE needs at least 4 points, %1 has %2 %3</translation>
    </message>
    <message>
        <source>t-SNE: perplexity %1, %2 neighbours, %3 iterations, KL divergence %4</source>
        <translation>t-SNE: perplexity %1, %2 neighbours, %3 iterations, KL divergence %4</translation>
    </message>
    <message>
        <source>embed: cannot write %1: %2</source>
        <translation>embed: cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 in 2-D → %3 (%4 s). %5
</source>
        <translation>%1 %2 in 2-D → %3 (%4 s). %5
</translation>
    </message>
    <message>
        <source>nearest neighbours</source>
        <translation>nearest neighbours</translation>
    </message>
    <message>
        <source>affinities</source>
        <translation>affinities</translation>
    </message>
    <message>
        <source>optimising</source>
        <translation>optimising</translation>
    </message>
    <message>
        <source>t-SNE: %1 %2/%3</source>
        <translation>t-SNE: %1 %2/%3</translation>
    </message>
</context>
<context>
    <name>EmbeddingColouring</name>
    <message>
        <source>0 triples</source>
        <translation>0 triples</translation>
    </message>
    <message>
        <source>%1–%2 triples</source>
        <translation>%1–%2 triples</translation>
    </message>
    <message>
        <source>(no prefix)</source>
        <translation>(no prefix)</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>has an image</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>no image</translation>
    </message>
    <message>
        <source>no visual tokens</source>
        <translation>no visual tokens</translation>
    </message>
    <message>
        <source>(no token folder open)</source>
        <translation>(no token folder open)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>(not measured yet)</source>
        <translation>(not measured yet)</translation>
    </message>
    <message>
        <source>image gets the most</source>
        <translation>image gets the most</translation>
    </message>
    <message>
        <source>text gets the most</source>
        <translation>text gets the most</translation>
    </message>
    <message>
        <source>structure gets the most</source>
        <translation>structure gets the most</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>%1 dominates</source>
        <translation>%1 dominates</translation>
    </message>
</context>
<context>
    <name>EmbeddingRendering</name>
    <message>
        <source>--method must be pca or tsne, got &apos;%1&apos;</source>
        <translation>--method must be pca or tsne, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the map could not be computed</source>
        <translation>%1: the map could not be computed</translation>
    </message>
    <message>
        <source>Entity representations of %1</source>
        <translation>Entity representations of %1</translation>
    </message>
    <message>
        <source>--colour must be prefix, image, triples, modality or code, got &apos;%1&apos;</source>
        <translation>--colour must be prefix, image, triples, modality or code, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--what must be entities or relations, got &apos;%1&apos;</source>
        <translation>--what must be entities or relations, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--colour code needs --tokens DIR (a folder tessera tokenize wrote)</source>
        <translation>--colour code needs --tokens DIR (a folder tessera tokenize wrote)</translation>
    </message>
</context>
<context>
    <name>EntityPalette</name>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>EntityResolver</name>
    <message>
        <source>&apos;%1&apos; names %2 entities of %3; give one of their keys: %4%5</source>
        <translation>&apos;%1&apos; names %2 entities of %3; give one of their keys: %4%5</translation>
    </message>
    <message>
        <source>, … (%1 more)</source>
        <translation>, … (%1 more)</translation>
    </message>
    <message>
        <source>no entity of %1 has the key, label or alias &apos;%2&apos;</source>
        <translation>no entity of %1 has the key, label or alias &apos;%2&apos;</translation>
    </message>
    <message>
        <source> (did you mean: %1?)</source>
        <translation> (did you mean: %1?)</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>%1: an alignment data set holds two graphs; link prediction needs one graph</source>
        <translation>%1: an alignment data set holds two graphs; link prediction needs one graph</translation>
    </message>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation>%1: cannot load the model: %2</translation>
    </message>
    <message>
        <source>evaluate: unknown split &apos;%1&apos;, expected test or valid</source>
        <translation>evaluate: unknown split &apos;%1&apos;, expected test or valid</translation>
    </message>
    <message>
        <source>%1: the %2 split has no triples to evaluate</source>
        <translation>%1: the %2 split has no triples to evaluate</translation>
    </message>
    <message>
        <source>MyGO link prediction on %1, %2 split: %3 triples, %4 filtered ranks
</source>
        <translation>MyGO link prediction on %1, %2 split: %3 triples, %4 filtered ranks
</translation>
    </message>
    <message>
        <source>reference rank (ties split in half, as zjukg/MyGO counts them):
</source>
        <translation>reference rank (ties split in half, as zjukg/MyGO counts them):
</translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <source>tail</source>
        <translation>tail</translation>
    </message>
    <message>
        <source>realistic rank (mean of optimistic and pessimistic rank, as PyKEEN reports it):
</source>
        <translation>realistic rank (mean of optimistic and pessimistic rank, as PyKEEN reports it):
</translation>
    </message>
    <message>
        <source>time: %1 s entity representations + %2 s scoring and ranking on %3 (%4 CPU threads); per-relation breakdown with --json
</source>
        <translation>time: %1 s entity representations + %2 s scoring and ranking on %3 (%4 CPU threads); per-relation breakdown with --json
</translation>
    </message>
    <message>
        <source>evaluating: %1 / %2 queries</source>
        <translation>evaluating: %1 / %2 queries</translation>
    </message>
    <message>
        <source>popularity baseline (each relation&apos;s answers ranked by how often they answer it in train):
</source>
        <translation>popularity baseline (each relation&apos;s answers ranked by how often they answer it in train):
</translation>
    </message>
    <message>
        <source>the model&apos;s MRR is %1× the baseline&apos;s
</source>
        <translation>the model&apos;s MRR is %1× the baseline&apos;s
</translation>
    </message>
    <message>
        <source>evaluate: expected tessera evaluate --graph G --model M [--split test|valid] [--json], or --workspace W --model M for an alignment model</source>
        <translation>evaluate: expected tessera evaluate --graph G --model M [--split test|valid] [--json], or --workspace W --model M for an alignment model</translation>
    </message>
</context>
<context>
    <name>ExpandEntityCommand</name>
    <message>
        <source>Expand %1</source>
        <translation>Expand %1</translation>
    </message>
</context>
<context>
    <name>FocusEntityCommand</name>
    <message>
        <source>Focus %1</source>
        <translation>Focus %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import: expected tessera import --from FORMAT SRC --out BUNDLE</source>
        <translation>import: expected tessera import --from FORMAT SRC --out BUNDLE</translation>
    </message>
    <message>
        <source>wrote %1 (%2 graph(s), from %3 format)
</source>
        <translation>wrote %1 (%2 graph(s), from %3 format)
</translation>
    </message>
</context>
<context>
    <name>ImportModelCommand</name>
    <message>
        <source>%1: an alignment data set holds two graphs; a MyGO model belongs to one</source>
        <translation>%1: an alignment data set holds two graphs; a MyGO model belongs to one</translation>
    </message>
    <message>
        <source>wrote %1 (MyGO: %2 entities, %3 relations, dim %4, %5 visual + %6 text tokens per entity)
</source>
        <translation>wrote %1 (MyGO: %2 entities, %3 relations, dim %4, %5 visual + %6 text tokens per entity)
</translation>
    </message>
    <message>
        <source>bound to graph &apos;%1&apos;
</source>
        <translation>bound to graph &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>import-model: cannot create a temporary folder for converting %1</source>
        <translation>import-model: cannot create a temporary folder for converting %1</translation>
    </message>
    <message>
        <source>wrote %1 (MEAformer: %2 + %3 entities, modalities %4, hidden %5, %6 fusion layer(s) × %7 head(s), %8 training pairs)
</source>
        <translation>wrote %1 (MEAformer: %2 + %3 entities, modalities %4, hidden %5, %6 fusion layer(s) × %7 head(s), %8 training pairs)
</translation>
    </message>
    <message>
        <source>import-model: expected tessera import-model --from mygo-reference DIR --out MODEL [--graph G], or --from meaformer-reference DIR --out MODEL</source>
        <translation>import-model: expected tessera import-model --from mygo-reference DIR --out MODEL [--graph G], or --from meaformer-reference DIR --out MODEL</translation>
    </message>
    <message>
        <source>import-model: --graph applies to mygo-reference; a MEAformer reference folder carries its two graphs in kg/</source>
        <translation>import-model: --graph applies to mygo-reference; a MEAformer reference folder carries its two graphs in kg/</translation>
    </message>
    <message>
        <source>import-model: unknown source format &apos;%1&apos;, expected mygo-reference or meaformer-reference</source>
        <translation>import-model: unknown source format &apos;%1&apos;, expected mygo-reference or meaformer-reference</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>  entities    %1
</source>
        <translation>  entities    %1
</translation>
    </message>
    <message>
        <source>  relations   %1
</source>
        <translation>  relations   %1
</translation>
    </message>
    <message>
        <source>  triples     %1 (train %2, valid %3, test %4)
</source>
        <translation>  triples     %1 (train %2, valid %3, test %4)
</translation>
    </message>
    <message>
        <source>  images      %1 on %2 entities; %3 entities without image, %4 without text
</source>
        <translation>  images      %1 on %2 entities; %3 entities without image, %4 without text
</translation>
    </message>
    <message>
        <source>  quirks      %1 self-loops, %2 duplicate triples, %3 isolated entities
</source>
        <translation>  quirks      %1 self-loops, %2 duplicate triples, %3 isolated entities
</translation>
    </message>
    <message>
        <source>  warnings    %1
</source>
        <translation>  warnings    %1
</translation>
    </message>
    <message>
        <source>    … and %1 more (see --json)
</source>
        <translation>    … and %1 more (see --json)
</translation>
    </message>
    <message>
        <source>info: expected one graph path (tessera info GRAPH [--json])</source>
        <translation>info: expected one graph path (tessera info GRAPH [--json])</translation>
    </message>
    <message>
        <source>%1 — format: %2
</source>
        <translation>%1 — format: %2
</translation>
    </message>
    <message>
        <source>aligned pairs %1 (train %2, test %3)
</source>
        <translation>aligned pairs %1 (train %2, test %3)
</translation>
    </message>
</context>
<context>
    <name>LearnedVisualTokenizing</name>
    <message>
        <source>tessera: warning: %1; %2 is tokenized without it
</source>
        <translation>tessera: warning: %1; %2 is tokenized without it
</translation>
    </message>
    <message>
        <source>after %1 unused batches</source>
        <translation>after %1 unused batches</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>epoch %1/%2 [%3%4] %5/%6 loss %7  %8 images/s   </source>
        <translation>epoch %1/%2 [%3%4] %5/%6 loss %7  %8 images/s   </translation>
    </message>
    <message>
        <source>training a tokenizer with %1 on %2 images and %3 descriptions: %4 px, %5 px patches (%6 × %6 grid), %7 codes of width %8, EMA decay %9, dead-code reset %10; %11
</source>
        <translation>training a tokenizer with %1 on %2 images and %3 descriptions: %4 px, %5 px patches (%6 × %6 grid), %7 codes of width %8, EMA decay %9, dead-code reset %10; %11
</translation>
    </message>
    <message>
        <source>one codebook shared by images and text (MM-EMA, 2:1 commitment, CMCM)</source>
        <translation>one codebook shared by images and text (MM-EMA, 2:1 commitment, CMCM)</translation>
    </message>
    <message>
        <source>separate image and text codebooks</source>
        <translation>separate image and text codebooks</translation>
    </message>
    <message>
        <source>epoch %1: loss %2 (image %3, text %4, commitment %5, CMCM %6); image perplexity %7, %8 codes; text perplexity %9, %10 codes; %11 resets, %12 s</source>
        <translation>epoch %1: loss %2 (image %3, text %4, commitment %5, CMCM %6); image perplexity %7, %8 codes; text perplexity %9, %10 codes; %11 resets, %12 s</translation>
    </message>
    <message>
        <source>resuming the tokenizer in %1 after epoch %2, up to epoch %3 (its own settings; the optimizer&apos;s moments and the reset&apos;s random state as saved)
</source>
        <translation>resuming the tokenizer in %1 after epoch %2, up to epoch %3 (its own settings; the optimizer&apos;s moments and the reset&apos;s random state as saved)
</translation>
    </message>
    <message>
        <source>training a visual tokenizer on %1 images: %2 px, %3 px patches (%4 × %4 grid), %5 codes of width %6, %7, dead-code reset %8; %9
</source>
        <translation>training a visual tokenizer on %1 images: %2 px, %3 px patches (%4 × %4 grid), %5 codes of width %6, %7, dead-code reset %8; %9
</translation>
    </message>
    <message>
        <source>EMA decay %1</source>
        <translation>EMA decay %1</translation>
    </message>
    <message>
        <source>codes learned by the codebook loss (no EMA)</source>
        <translation>codes learned by the codebook loss (no EMA)</translation>
    </message>
    <message>
        <source>epoch %1: loss %2 (reconstruction %3, commitment %4%5), perplexity %6, usage %7 %, %8 dead codes, %9 resets, %10 s</source>
        <translation>epoch %1: loss %2 (reconstruction %3, commitment %4%5), perplexity %6, usage %7 %, %8 dead codes, %9 resets, %10 s</translation>
    </message>
    <message>
        <source>, codebook %1</source>
        <translation>, codebook %1</translation>
    </message>
</context>
<context>
    <name>ModelOpening</name>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation>%1: cannot load the model: %2</translation>
    </message>
    <message>
        <source>the %1 view needs --model MODEL</source>
        <translation>the %1 view needs --model MODEL</translation>
    </message>
    <message>
        <source>%1 holds two graphs; the %2 view shows one</source>
        <translation>%1 holds two graphs; the %2 view shows one</translation>
    </message>
</context>
<context>
    <name>MoreNodeItem</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>OffscreenWidget</name>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1: cannot write the image</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels
</source>
        <translation>%1: %2 × %3 pixels
</translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>predict: unknown %1 key &apos;%2&apos; in %3</source>
        <translation>predict: unknown %1 key &apos;%2&apos; in %3</translation>
    </message>
    <message>
        <source> (did you mean: %1?)</source>
        <translation> (did you mean: %1?)</translation>
    </message>
    <message>
        <source>predict: expected tessera predict --graph G --model M --relation KEY and one of --head KEY (predict tails) or --tail KEY (predict heads)</source>
        <translation>predict: expected tessera predict --graph G --model M --relation KEY and one of --head KEY (predict tails) or --tail KEY (predict heads)</translation>
    </message>
    <message>
        <source>predict: --k must be a positive whole number, not &apos;%1&apos;</source>
        <translation>predict: --k must be a positive whole number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>tails of (%1, %2, ?)</source>
        <translation>tails of (%1, %2, ?)</translation>
    </message>
    <message>
        <source>heads of (?, %1, %2)</source>
        <translation>heads of (?, %1, %2)</translation>
    </message>
    <message>
        <source>: %1 candidates, %2 known answer(s)%3</source>
        <translation>: %1 candidates, %2 known answer(s)%3</translation>
    </message>
    <message>
        <source>, known answers left out</source>
        <translation>, known answers left out</translation>
    </message>
    <message>
        <source>, as if %1 had no image and no text</source>
        <translation>, as if %1 had no image and no text</translation>
    </message>
    <message>
        <source>, as if %1 had no image</source>
        <translation>, as if %1 had no image</translation>
    </message>
    <message>
        <source>, as if %1 had no text</source>
        <translation>, as if %1 had no text</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <source>%1 #%2 (%3)</source>
        <translation>%1 #%2 (%3)</translation>
    </message>
    <message>
        <source>%1 more (--json lists all)</source>
        <translation>%1 more (--json lists all)</translation>
    </message>
    <message>
        <source>known answers, filtered rank: %1
</source>
        <translation>known answers, filtered rank: %1
</translation>
    </message>
    <message>
        <source>known answers, rank: %1
</source>
        <translation>known answers, rank: %1
</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>render takes one view, got &apos;%1&apos;</source>
        <translation>render takes one view, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>render needs --out FILE.png or FILE.svg</source>
        <translation>render needs --out FILE.png or FILE.svg</translation>
    </message>
    <message>
        <source>%1: --out must end in .png or .svg</source>
        <translation>%1: --out must end in .png or .svg</translation>
    </message>
    <message>
        <source>render needs --graph PATH</source>
        <translation>render needs --graph PATH</translation>
    </message>
    <message>
        <source>render needs --entity KEY</source>
        <translation>render needs --entity KEY</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers from %1 to %2</source>
        <translation>--width and --height must be whole numbers from %1 to %2</translation>
    </message>
    <message>
        <source>--depth must be 1, 2 or 3</source>
        <translation>--depth must be 1, 2 or 3</translation>
    </message>
    <message>
        <source>no entity with key &apos;%1&apos; in graph &apos;%2&apos; (%3)</source>
        <translation>no entity with key &apos;%1&apos; in graph &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>the window view renders to PNG only</source>
        <translation>the window view renders to PNG only</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1: cannot write the image</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels
</source>
        <translation>%1: %2 × %3 pixels
</translation>
    </message>
    <message>
        <source>MyGO · dim %1 · %2</source>
        <translation>MyGO · dim %1 · %2</translation>
    </message>
    <message>
        <source>no relation with key &apos;%1&apos; in graph &apos;%2&apos;</source>
        <translation>no relation with key &apos;%1&apos; in graph &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the ranking view needs --model MODEL</source>
        <translation>the ranking view needs --model MODEL</translation>
    </message>
    <message>
        <source>--k must be a whole number from 1 to 1000</source>
        <translation>--k must be a whole number from 1 to 1000</translation>
    </message>
    <message>
        <source>%1 holds two graphs; the codebook view shows one</source>
        <translation>%1 holds two graphs; the codebook view shows one</translation>
    </message>
    <message>
        <source>--modality must be visual or text, got &apos;%1&apos;</source>
        <translation>--modality must be visual or text, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Codebook of %1</source>
        <translation>Codebook of %1</translation>
    </message>
    <message>
        <source>the %1 view needs --tokens DIR (a folder tessera tokenize wrote)</source>
        <translation>the %1 view needs --tokens DIR (a folder tessera tokenize wrote)</translation>
    </message>
    <message>
        <source>unknown --tab &apos;%1&apos; (expected candidates, attention or masking)</source>
        <translation>unknown --tab &apos;%1&apos; (expected candidates, attention or masking)</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; has no relation to rank on that side</source>
        <translation>entity &apos;%1&apos; has no relation to rank on that side</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected entity, neighbourhood, ranking, window, tokens, codebook, attention, embedding, shares, alignment, meta-weights or alignment-window)</source>
        <translation>unknown view &apos;%1&apos; (expected entity, neighbourhood, ranking, window, tokens, codebook, attention, embedding, shares, alignment, meta-weights or alignment-window)</translation>
    </message>
    <message>
        <source>render needs a view: entity, neighbourhood, ranking, window, tokens, codebook, attention, embedding, shares, alignment, meta-weights or alignment-window</source>
        <translation>render needs a view: entity, neighbourhood, ranking, window, tokens, codebook, attention, embedding, shares, alignment, meta-weights or alignment-window</translation>
    </message>
</context>
<context>
    <name>SharesRendering</name>
    <message>
        <source>--slot must be structure, visual, text or self, got &apos;%1&apos;</source>
        <translation>--slot must be structure, visual, text or self, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Modality shares of %1</source>
        <translation>Modality shares of %1</translation>
    </message>
</context>
<context>
    <name>ShowMoreCommand</name>
    <message>
        <source>Show more of %1</source>
        <translation>Show more of %1</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>%1: cannot decode image</source>
        <translation>%1: cannot decode image</translation>
    </message>
</context>
<context>
    <name>TokenizeCommand</name>
    <message>
        <source>tokenize: --%1 must be an integer from %2 to %3, got &apos;%4&apos;</source>
        <translation>tokenize: --%1 must be an integer from %2 to %3, got &apos;%4&apos;</translation>
    </message>
    <message>
        <source>tokenize: unknown --text-from part &apos;%1&apos;, expected label, description or both</source>
        <translation>tokenize: unknown --text-from part &apos;%1&apos;, expected label, description or both</translation>
    </message>
    <message>
        <source>tokenize: --text-from needs label, description or both</source>
        <translation>tokenize: --text-from needs label, description or both</translation>
    </message>
    <message>
        <source>tokenize: %1 holds two graphs (an alignment data set); tokenize one</source>
        <translation>tokenize: %1 holds two graphs (an alignment data set); tokenize one</translation>
    </message>
    <message>
        <source>tokenize: --train-visual trains a new tokenizer, --visual-tokenizer applies one; give one of them</source>
        <translation>tokenize: --train-visual trains a new tokenizer, --visual-tokenizer applies one; give one of them</translation>
    </message>
    <message>
        <source>tokenize: --lr must be a positive number, got &apos;%1&apos;</source>
        <translation>tokenize: --lr must be a positive number, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tessera: warning: %1: cannot decode (%2); %3 is tokenized without it</source>
        <translation>tessera: warning: %1: cannot decode (%2); %3 is tokenized without it</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>learned</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <source>%1 undecodable image(s) left out; their entities were tokenized without them (warnings above)
</source>
        <translation>%1 undecodable image(s) left out; their entities were tokenized without them (warnings above)
</translation>
    </message>
    <message>
        <source>interrupted: the tokenizer as trained so far and its tokens are in %1
</source>
        <translation>interrupted: the tokenizer as trained so far and its tokens are in %1
</translation>
    </message>
    <message>
        <source>tokenize: --text-tokenizer must be words or wordpiece, got &apos;%1&apos;</source>
        <translation>tokenize: --text-tokenizer must be words or wordpiece, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrote %1: visual tokens for %2 entities (%3 images, %4 of %5 %6 codes used); text tokens for %7 entities (%8 entries in the vocabulary)
</source>
        <translation>wrote %1: visual tokens for %2 entities (%3 images, %4 of %5 %6 codes used); text tokens for %7 entities (%8 entries in the vocabulary)
</translation>
    </message>
    <message>
        <source>tokenize: --shared-codebook learns one codebook for images and text, --text-codebook a separate one for text; give one of them</source>
        <translation>tokenize: --shared-codebook learns one codebook for images and text, --text-codebook a separate one for text; give one of them</translation>
    </message>
    <message>
        <source>tokenize: --shared-codebook and --text-codebook train a tokenizer; add --train-visual (a trained one is applied with --visual-tokenizer DIR)</source>
        <translation>tokenize: --shared-codebook and --text-codebook train a tokenizer; add --train-visual (a trained one is applied with --visual-tokenizer DIR)</translation>
    </message>
    <message>
        <source>tokenize: a tokenizer of images and text reads BERT word pieces; --text-tokenizer %1 does not apply</source>
        <translation>tokenize: a tokenizer of images and text reads BERT word pieces; --text-tokenizer %1 does not apply</translation>
    </message>
    <message>
        <source>tokenize: expected tessera tokenize --graph G --out DIR [--grid 14] [--levels 4] [--visual-width 32] [--text-width 64] [--min-entities 2] [--text-from label,description] [--train-visual [--codebook-size 1024] [--epochs 10] [--seed 2024] [--no-reset] [--no-ema] ...] [--resume DIR] [--visual-tokenizer DIR]</source>
        <translation>tokenize: expected tessera tokenize --graph G --out DIR [--grid 14] [--levels 4] [--visual-width 32] [--text-width 64] [--min-entities 2] [--text-from label,description] [--train-visual [--codebook-size 1024] [--epochs 10] [--seed 2024] [--no-reset] [--no-ema] ...] [--resume DIR] [--visual-tokenizer DIR]</translation>
    </message>
    <message>
        <source>tokenize: --resume goes on training a tokenizer, --visual-tokenizer applies one; give one of them</source>
        <translation>tokenize: --resume goes on training a tokenizer, --visual-tokenizer applies one; give one of them</translation>
    </message>
    <message>
        <source>tokenize: --no-ema trains an image-only tokenizer; a codebook of images and text learns by MM-EMA, which is what --shared-codebook compares</source>
        <translation>tokenize: --no-ema trains an image-only tokenizer; a codebook of images and text learns by MM-EMA, which is what --shared-codebook compares</translation>
    </message>
    <message>
        <source>tokenize: --no-ema is a training option; add --train-visual</source>
        <translation>tokenize: --no-ema is a training option; add --train-visual</translation>
    </message>
    <message>
        <source>tokenize: --resume continues a tokenizer with its own settings (a tokenizer of images and text stays one); --shared-codebook and --text-codebook do not apply</source>
        <translation>tokenize: --resume continues a tokenizer with its own settings (a tokenizer of images and text stays one); --shared-codebook and --text-codebook do not apply</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>train: --%1 expects a number, got &apos;%2&apos;</source>
        <translation>train: --%1 expects a number, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>train: --%1-tokens and --%1-table go together</source>
        <translation>train: --%1-tokens and --%1-table go together</translation>
    </message>
    <message>
        <source>train: --graph and --out are required (tessera train mygo --help)</source>
        <translation>train: --graph and --out are required (tessera train mygo --help)</translation>
    </message>
    <message>
        <source>train: --epochs and --batch must be positive</source>
        <translation>train: --epochs and --batch must be positive</translation>
    </message>
    <message>
        <source>train: %1 holds two graphs (an alignment data set); link prediction trains on one</source>
        <translation>train: %1 holds two graphs (an alignment data set); link prediction trains on one</translation>
    </message>
    <message>
        <source>resuming at epoch %1, batch %2
</source>
        <translation>resuming at epoch %1, batch %2
</translation>
    </message>
    <message>
        <source>nothing to resume in %1/last; starting fresh
</source>
        <translation>nothing to resume in %1/last; starting fresh
</translation>
    </message>
    <message>
        <source>training MyGO on %1: %2 entities, %3 relations, %4 train triples; dim %5, V=%6, T=%7; %8, %9 threads
</source>
        <translation>training MyGO on %1: %2 entities, %3 relations, %4 train triples; dim %5, V=%6, T=%7; %8, %9 threads
</translation>
    </message>
    <message>
        <source>epoch %1/%2 [%3%4] %5/%6 loss %7  %8 triples/s  lr %9  ETA %10   </source>
        <translation>epoch %1/%2 [%3%4] %5/%6 loss %7  %8 triples/s  lr %9  ETA %10   </translation>
    </message>
    <message>
        <source>epoch %1: loss %2, %3 s</source>
        <translation>epoch %1: loss %2, %3 s</translation>
    </message>
    <message>
        <source>, valid filtered MRR %1%2</source>
        <translation>, valid filtered MRR %1%2</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation> (best)</translation>
    </message>
    <message>
        <source>
interrupted: state saved to %1/last; continue with --resume
</source>
        <translation>
interrupted: state saved to %1/last; continue with --resume
</translation>
    </message>
    <message>
        <source>done: best valid filtered MRR %1; model in %2/best
</source>
        <translation>done: best valid filtered MRR %1; model in %2/best
</translation>
    </message>
    <message>
        <source>Usage: tessera train mygo --graph G --out MODEL [options]

Model (reference defaults):
  --dim 256  --heads 2  --ffn 200  --enc-layers 1  --dec-layers 2
  --dropout 0.01  --emb-dropout 0.9  --vis-dropout 0.4  --txt-dropout 0.1
Tokens (absent = structure only):
  --visual-tokens FILE.json --visual-table F.safetensors[:TENSOR] --max-visual 8
  --text-tokens FILE.json --text-table F.safetensors[:TENSOR] --max-text 8
Training:
  --epochs 100  --batch 2048  --lr 0.001  --mu 0.01 (FGCL weight)  --clip 0.1
  --t0 50  --t-mult 2 (cosine warm restarts)  --smoothing 0  --decay 0
  --valid-every 10  --checkpoint-every 10  --seed 2024  --device auto|cpu|cuda
  --threads N     CPU threads (default: every core)
  --resume        continue from MODEL/last (Ctrl-C saves it first)

The best model on VALID is kept in MODEL/best (the reference picks on test).
</source>
        <translation>Usage: tessera train mygo --graph G --out MODEL [options]

Model (reference defaults):
  --dim 256  --heads 2  --ffn 200  --enc-layers 1  --dec-layers 2
  --dropout 0.01  --emb-dropout 0.9  --vis-dropout 0.4  --txt-dropout 0.1
Tokens (absent = structure only):
  --visual-tokens FILE.json --visual-table F.safetensors[:TENSOR] --max-visual 8
  --text-tokens FILE.json --text-table F.safetensors[:TENSOR] --max-text 8
Training:
  --epochs 100  --batch 2048  --lr 0.001  --mu 0.01 (FGCL weight)  --clip 0.1
  --t0 50  --t-mult 2 (cosine warm restarts)  --smoothing 0  --decay 0
  --valid-every 10  --checkpoint-every 10  --seed 2024  --device auto|cpu|cuda
  --threads N     CPU threads (default: every core)
  --resume        continue from MODEL/last (Ctrl-C saves it first)

The best model on VALID is kept in MODEL/best (the reference picks on test).
</translation>
    </message>
    <message>
        <source>train: --threads must be 0 (every core) or more</source>
        <translation>train: --threads must be 0 (every core) or more</translation>
    </message>
    <message>
        <source>train: expected &apos;tessera train mygo ...&apos; or &apos;tessera train meaformer ...&apos;</source>
        <translation>train: expected &apos;tessera train mygo ...&apos; or &apos;tessera train meaformer ...&apos;</translation>
    </message>
</context>
<context>
    <name>WordpieceCommand</name>
    <message>
        <source>wordpiece: %1</source>
        <translation>wordpiece: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <source>%1: a workspace holds two graphs and the pairs that align them (the EVA / MEAformer folder of ent_ids_1, ent_ids_2, triples_1, triples_2, ill_ent_ids); this is one graph</source>
        <translation>%1: a workspace holds two graphs and the pairs that align them (the EVA / MEAformer folder of ent_ids_1, ent_ids_2, triples_1, triples_2, ill_ent_ids); this is one graph</translation>
    </message>
    <message>
        <source>%1: a %2 model predicts links in one graph; pass it with --graph, not --workspace</source>
        <translation>%1: a %2 model predicts links in one graph; pass it with --graph, not --workspace</translation>
    </message>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation>%1: cannot load the model: %2</translation>
    </message>
    <message>
        <source>%1 of the workspace&apos;s test pairs were training pairs of this model: its test figures are optimistic</source>
        <translation>%1 of the workspace&apos;s test pairs were training pairs of this model: its test figures are optimistic</translation>
    </message>
</context>
<context>
    <name>tessera</name>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: cannot write the file (%2)</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentCandidatesView</name>
    <message>
        <source>Select an entity of either graph to see its ranked counterparts in the other.</source>
        <translation>Select an entity of either graph to see its ranked counterparts in the other.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 — counterparts in %3, CSLS over %n candidates</source>
        <translation>
            <numerusform>%1 in %2 — counterparts in %3, CSLS over %n candidate</numerusform>
            <numerusform>%1 in %2 — counterparts in %3, CSLS over %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>meta-weights: how much each modality counts for this entity</source>
        <translation>meta-weights: how much each modality counts for this entity</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidate</translation>
    </message>
    <message>
        <source>CSLS</source>
        <translation>CSLS</translation>
    </message>
    <message>
        <source>sim.</source>
        <translation>sim.</translation>
    </message>
    <message>
        <source>✓ true counterpart</source>
        <translation>✓ true counterpart</translation>
    </message>
    <message>
        <source>in a seed pair</source>
        <translation>in a seed pair</translation>
    </message>
    <message>
        <source>in a test pair</source>
        <translation>in a test pair</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The workspace pairs this entity with nothing.</source>
        <translation>The workspace pairs this entity with nothing.</translation>
    </message>
    <message>
        <source>True counterpart (%1 pair) %2: rank %3 by CSLS, %4 by plain similarity.</source>
        <translation>True counterpart (%1 pair) %2: rank %3 by CSLS, %4 by plain similarity.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>%1 · accepted</source>
        <translation>%1 · accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>%1 · rejected</source>
        <translation>%1 · rejected</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentGraphPane</name>
    <message>
        <source>Neighbourhood</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Embedding map</source>
        <translation>Embedding map</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentPairsModel</name>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Where the model ranks the true counterpart among the candidates (CSLS)</source>
        <translation>Where the model ranks the true counterpart among the candidates (CSLS)</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>accepted: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Dominant modality</source>
        <translation>Dominant modality</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentSession</name>
    <message>
        <source>MEAformer · %1 · hidden %2 · %3 fusion layers × %4 heads</source>
        <translation>MEAformer · %1 · hidden %2 · %3 fusion layers × %4 heads</translation>
    </message>
    <message>
        <source>MCLEA · %1 · hidden %2</source>
        <translation>MCLEA · %1 · hidden %2</translation>
    </message>
    <message>
        <source> · %1, %2 threads</source>
        <translation> · %1, %2 threads</translation>
    </message>
    <message>
        <source>Opening alignment model %1…</source>
        <translation>Opening alignment model %1…</translation>
    </message>
    <message numerus="yes">
        <source>Ranking the %n test pairs…</source>
        <translation>
            <numerusform>Ranking the %n test pairs…</numerusform>
            <numerusform>Ranking the %n test pairs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking counterparts…</source>
        <translation>Ranking counterparts…</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentWindow</name>
    <message>
        <source>Cannot open the alignment</source>
        <translation>Cannot open the alignment</translation>
    </message>
    <message>
        <source>Opening %1 with %2…</source>
        <translation>Opening %1 with %2…</translation>
    </message>
    <message>
        <source>A · %1</source>
        <translation>A · %1</translation>
    </message>
    <message>
        <source>B · %1</source>
        <translation>B · %1</translation>
    </message>
    <message>
        <source>%1 ↔ %2 — Tessera alignment</source>
        <translation>%1 ↔ %2 — Tessera alignment</translation>
    </message>
    <message>
        <source>%1 dominates</source>
        <translation>%1 dominates</translation>
    </message>
    <message>
        <source>against every entity of B</source>
        <translation>against every entity of B</translation>
    </message>
    <message>
        <source>against the test pairs&apos; entities</source>
        <translation>against the test pairs&apos; entities</translation>
    </message>
    <message numerus="yes">
        <source>CSLS A → B, %n test pairs %1: Hits@1 %2 · Hits@10 %3 · MRR %4 · %5 wrong at rank 1 — </source>
        <translation>
            <numerusform>CSLS A → B, %n test pairs %1: Hits@1 %2 · Hits@10 %3 · MRR %4 · %5 wrong at rank 1 — </numerusform>
            <numerusform>CSLS A → B, %n test pairs %1: Hits@1 %2 · Hits@10 %3 · MRR %4 · %5 wrong at rank 1 — </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n accepted</source>
        <translation>
            <numerusform> · %n accepted</numerusform>
            <numerusform> · %n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking the counterparts of %1…</source>
        <translation>Ranking the counterparts of %1…</translation>
    </message>
    <message numerus="yes">
        <source>Ranked %n candidates in %1 ms. Click a candidate, then Accept or Reject; double-click it to rank its own counterparts.</source>
        <translation>
            <numerusform>Ranked %n candidate in %1 ms. Click a candidate, then Accept or Reject; double-click it to rank its own counterparts.</numerusform>
            <numerusform>Ranked %n candidates in %1 ms. Click a candidate, then Accept or Reject; double-click it to rank its own counterparts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>Forget %1</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Accept %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Reject %1</translation>
    </message>
    <message>
        <source>no alignment is open</source>
        <translation>no alignment is open</translation>
    </message>
    <message>
        <source>Export Accepted Pairs</source>
        <translation>Export Accepted Pairs</translation>
    </message>
    <message>
        <source>Pairs (*.tsv)</source>
        <translation>Pairs (*.tsv)</translation>
    </message>
    <message>
        <source>Cannot export the pairs</source>
        <translation>Cannot export the pairs</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n accepted pairs to %1</source>
        <translation>
            <numerusform>Wrote %n accepted pairs to %1</numerusform>
            <numerusform>Wrote %n accepted pairs to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted pairs not exported</source>
        <translation>Accepted pairs not exported</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted pairs were not exported. Close the workspace anyway?</source>
        <translation>
            <numerusform>%n accepted pairs were not exported. Close the workspace anyway?</numerusform>
            <numerusform>%n accepted pairs were not exported. Close the workspace anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Tessera alignment</source>
        <translation>Tessera alignment</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Alignment</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Open Alignment…</source>
        <translation>&amp;Open Alignment…</translation>
    </message>
    <message>
        <source>&amp;Export Accepted Pairs…</source>
        <translation>&amp;Export Accepted Pairs…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Accept Candidate</source>
        <translation>&amp;Accept Candidate</translation>
    </message>
    <message>
        <source>&amp;Reject Candidate</source>
        <translation>&amp;Reject Candidate</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Accept the selected candidate as this entity&apos;s counterpart (undoable)</source>
        <translation>Accept the selected candidate as this entity&apos;s counterpart (undoable)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Mark the selected candidate as not this entity&apos;s counterpart (undoable)</source>
        <translation>Mark the selected candidate as not this entity&apos;s counterpart (undoable)</translation>
    </message>
    <message>
        <source>Export Accepted…</source>
        <translation>Export Accepted…</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Candidates:</translation>
    </message>
    <message>
        <source>every entity of the other graph</source>
        <translation>every entity of the other graph</translation>
    </message>
    <message>
        <source>the test pairs&apos; entities (the reference protocol)</source>
        <translation>the test pairs&apos; entities (the reference protocol)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>all entities of A</source>
        <translation>all entities of A</translation>
    </message>
    <message>
        <source>test pairs</source>
        <translation>test pairs</translation>
    </message>
    <message>
        <source>seed pairs</source>
        <translation>seed pairs</translation>
    </message>
    <message>
        <source>test pairs wrong at rank 1</source>
        <translation>test pairs wrong at rank 1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>in no pair</source>
        <translation>in no pair</translation>
    </message>
    <message>
        <source>Search names and keys</source>
        <translation>Search names and keys</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Meta-weights</source>
        <translation>Meta-weights</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentWindowOpener</name>
    <message>
        <source>Open &amp;Alignment…</source>
        <translation>Open &amp;Alignment…</translation>
    </message>
    <message>
        <source>Open two graphs, their pairs and an alignment model (MEAformer, MCLEA) in an alignment workspace</source>
        <translation>Open two graphs, their pairs and an alignment model (MEAformer, MCLEA) in an alignment workspace</translation>
    </message>
</context>
<context>
    <name>tessera::AttentionView</name>
    <message>
        <source>Hide below %1</source>
        <translation>Hide below %1</translation>
    </message>
    <message>
        <source>key (what is read)</source>
        <translation>key (what is read)</translation>
    </message>
    <message>
        <source>query (who reads)</source>
        <translation>query (who reads)</translation>
    </message>
    <message>
        <source>No attention to show: open a MyGO model (File ▸ Open Model…) and focus an entity.</source>
        <translation>No attention to show: open a MyGO model (File ▸ Open Model…) and focus an entity.</translation>
    </message>
    <message>
        <source>%1: the cross-modal entity encoder&apos;s attention, %2 layer(s) × %3 head(s), %4 tokens</source>
        <translation>%1: the cross-modal entity encoder&apos;s attention, %2 layer(s) × %3 head(s), %4 tokens</translation>
    </message>
    <message>
        <source>▶ L%1 H%2</source>
        <translation>▶ L%1 H%2</translation>
    </message>
    <message>
        <source>L%1 H%2</source>
        <translation>L%1 H%2</translation>
    </message>
    <message>
        <source>full input</source>
        <translation>full input</translation>
    </message>
    <message>
        <source>as if it had no image</source>
        <translation>as if it had no image</translation>
    </message>
    <message>
        <source>as if it had no text</source>
        <translation>as if it had no text</translation>
    </message>
    <message>
        <source>Layer %1, head %2 — %3</source>
        <translation>Layer %1, head %2 — %3</translation>
    </message>
    <message>
        <source>Rollout, heads averaged — %1</source>
        <translation>Rollout, heads averaged — %1</translation>
    </message>
    <message>
        <source>Rollout, heads by their maximum — %1</source>
        <translation>Rollout, heads by their maximum — %1</translation>
    </message>
    <message>
        <source>[CLS] reads structure %1 %, image %2 %, text %3 % of what it takes from other tokens (itself: %4 % of its attention).</source>
        <translation>[CLS] reads structure %1 %, image %2 %, text %3 % of what it takes from other tokens (itself: %4 % of its attention).</translation>
    </message>
    <message>
        <source>One head</source>
        <translation>One head</translation>
    </message>
    <message>
        <source>Rollout (mean of heads)</source>
        <translation>Rollout (mean of heads)</translation>
    </message>
    <message>
        <source>Rollout (max of heads)</source>
        <translation>Rollout (max of heads)</translation>
    </message>
    <message>
        <source>Rollout (Abnar &amp; Zuidema 2020): each layer&apos;s heads fused, 0.5·A + 0.5·I, rows renormalised, multiplied over the layers</source>
        <translation>Rollout (Abnar &amp; Zuidema 2020): each layer&apos;s heads fused, 0.5·A + 0.5·I, rows renormalised, multiplied over the layers</translation>
    </message>
    <message>
        <source>Full input</source>
        <translation>Full input</translation>
    </message>
    <message>
        <source>As if it had no image</source>
        <translation>As if it had no image</translation>
    </message>
    <message>
        <source>As if it had no text</source>
        <translation>As if it had no text</translation>
    </message>
    <message>
        <source>An ablation is drawn beside the full input</source>
        <translation>An ablation is drawn beside the full input</translation>
    </message>
    <message>
        <source>Cells with less attention are left blank</source>
        <translation>Cells with less attention are left blank</translation>
    </message>
    <message>
        <source>Last layer, heads averaged — %1</source>
        <translation>Last layer, heads averaged — %1</translation>
    </message>
    <message>
        <source>Last layer (mean of heads)</source>
        <translation>Last layer (mean of heads)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>On the image and text</source>
        <translation>On the image and text</translation>
    </message>
    <message>
        <source>The patches of each kept visual token and each kept word piece, shaded by the attention [CLS] gives that token in the map shown</source>
        <translation>The patches of each kept visual token and each kept word piece, shaded by the attention [CLS] gives that token in the map shown</translation>
    </message>
</context>
<context>
    <name>tessera::CodebookView</name>
    <message>
        <source>No tokens for this modality.</source>
        <translation>No tokens for this modality.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 codes, %4 used (%5 %), %6 dead; perplexity %7 (normalised entropy %8); the top %9 codes hold %10 % of %11 occurrences; Gini %12; %13 entities have tokens.</source>
        <translation>%1 — %2: %3 codes, %4 used (%5 %), %6 dead; perplexity %7 (normalised entropy %8); the top %9 codes hold %10 % of %11 occurrences; Gini %12; %13 entities have tokens.</translation>
    </message>
    <message>
        <source>Visual codebook</source>
        <translation>Visual codebook</translation>
    </message>
    <message>
        <source>Text codebook</source>
        <translation>Text codebook</translation>
    </message>
    <message>
        <source>Code %1: %2 occurrences in %3 entities</source>
        <translation>Code %1: %2 occurrences in %3 entities</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>dead</translation>
    </message>
    <message>
        <source>visual</source>
        <translation>visual</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>perplexity</translation>
    </message>
    <message>
        <source>usage %</source>
        <translation>usage %</translation>
    </message>
    <message>
        <source>Visual codes</source>
        <translation>Visual codes</translation>
    </message>
    <message>
        <source>Text codes</source>
        <translation>Text codes</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log scale</translation>
    </message>
    <message>
        <source>codes, most used first</source>
        <translation>codes, most used first</translation>
    </message>
    <message>
        <source>occurrences</source>
        <translation>occurrences</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>share of occurrences</source>
        <translation>share of occurrences</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>tokenizer epoch</source>
        <translation>tokenizer epoch</translation>
    </message>
    <message>
        <source>text perplexity</source>
        <translation>text perplexity</translation>
    </message>
    <message>
        <source>image perplexity</source>
        <translation>image perplexity</translation>
    </message>
    <message>
        <source>image usage %</source>
        <translation>image usage %</translation>
    </message>
    <message>
        <source>image codes</source>
        <translation>image codes</translation>
    </message>
    <message>
        <source>mixed codes</source>
        <translation>mixed codes</translation>
    </message>
    <message>
        <source>text codes</source>
        <translation>text codes</translation>
    </message>
    <message>
        <source>PC 1 (%1 % of variance)</source>
        <translation>PC 1 (%1 % of variance)</translation>
    </message>
    <message>
        <source>PC 2 (%1 % of variance)</source>
        <translation>PC 2 (%1 % of variance)</translation>
    </message>
    <message>
        <source>%1 — %2, patch row %3, column %4</source>
        <translation>%1 — %2, patch row %3, column %4</translation>
    </message>
    <message>
        <source>Text codes of a separate codebook have no image patches.</source>
        <translation>Text codes of a separate codebook have no image patches.</translation>
    </message>
    <message>
        <source>No image patch carries code %1.</source>
        <translation>No image patch carries code %1.</translation>
    </message>
    <message>
        <source>%1 image patches carry code %2 (%3 shown):</source>
        <translation>%1 image patches carry code %2 (%3 shown):</translation>
    </message>
    <message>
        <source>Click a bar (or a point of the code plane) to list the entities and image patches that use its code.</source>
        <translation>Click a bar (or a point of the code plane) to list the entities and image patches that use its code.</translation>
    </message>
</context>
<context>
    <name>tessera::DebugOverlayController</name>
    <message>
        <source>The debug overlay needs OpenGL, which this display does not offer.</source>
        <translation>The debug overlay needs OpenGL, which this display does not offer.</translation>
    </message>
    <message>
        <source>LibTorch %1 · %2 CPU threads · BLAS %3 · CUDA %4</source>
        <translation>LibTorch %1 · %2 CPU threads · BLAS %3 · CUDA %4</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device(s)</numerusform>
            <numerusform>%n device(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
</context>
<context>
    <name>tessera::EmbeddingMapView</name>
    <message>
        <source>Cancelled. Choose a method to compute the map again.</source>
        <translation>Cancelled. Choose a method to compute the map again.</translation>
    </message>
    <message>
        <source>Computing t-SNE of %1 points in the background…</source>
        <translation>Computing t-SNE of %1 points in the background…</translation>
    </message>
    <message>
        <source>Computing the principal components of %1 points…</source>
        <translation>Computing the principal components of %1 points…</translation>
    </message>
    <message>
        <source>PCA: the axes hold %1 % and %2 % of the variance.</source>
        <translation>PCA: the axes hold %1 % and %2 % of the variance.</translation>
    </message>
    <message>
        <source>t-SNE: perplexity %1, %2 neighbours, KL divergence %3. Distances between clusters mean little; neighbourhoods do.</source>
        <translation>t-SNE: perplexity %1, %2 neighbours, KL divergence %3. Distances between clusters mean little; neighbourhoods do.</translation>
    </message>
    <message>
        <source>Cannot compute the map: %1</source>
        <translation>Cannot compute the map: %1</translation>
    </message>
    <message>
        <source>No map: open a model (File ▸ Open Model…) to see its entity representations in 2-D.</source>
        <translation>No map: open a model (File ▸ Open Model…) to see its entity representations in 2-D.</translation>
    </message>
    <message>
        <source>nearest by cosine</source>
        <translation>nearest by cosine</translation>
    </message>
    <message>
        <source>first principal component</source>
        <translation>first principal component</translation>
    </message>
    <message>
        <source>t-SNE 1</source>
        <translation>t-SNE 1</translation>
    </message>
    <message>
        <source>second principal component</source>
        <translation>second principal component</translation>
    </message>
    <message>
        <source>t-SNE 2</source>
        <translation>t-SNE 2</translation>
    </message>
    <message>
        <source>Nearest to %1 (cosine, model space)</source>
        <translation>Nearest to %1 (cosine, model space)</translation>
    </message>
    <message numerus="yes">
        <source>%n entities in the dragged area</source>
        <translation>
            <numerusform>%n entity in the dragged area</numerusform>
            <numerusform>%n entities in the dragged area</numerusform>
        </translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>t-SNE (Barnes–Hut)</source>
        <translation>t-SNE (Barnes–Hut)</translation>
    </message>
    <message>
        <source>Colour by key prefix</source>
        <translation>Colour by key prefix</translation>
    </message>
    <message>
        <source>Colour by has image</source>
        <translation>Colour by has image</translation>
    </message>
    <message>
        <source>Colour by triples</source>
        <translation>Colour by triples</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nearest by cosine: click a point</source>
        <translation>Nearest by cosine: click a point</translation>
    </message>
    <message>
        <source>Drag a rectangle to list an area</source>
        <translation>Drag a rectangle to list an area</translation>
    </message>
    <message>
        <source>Colour by dominant modality</source>
        <translation>Colour by dominant modality</translation>
    </message>
    <message>
        <source>This model gave no relation representations.</source>
        <translation>This model gave no relation representations.</translation>
    </message>
    <message>
        <source>The representations do not fit the graph (%1 values for %2 points of dimension %3).</source>
        <translation>The representations do not fit the graph (%1 values for %2 points of dimension %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n relations in the dragged area</source>
        <translation>
            <numerusform>%n relations in the dragged area</numerusform>
            <numerusform>%n relations in the dragged area</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triples</source>
        <translation>
            <numerusform>%n triples</numerusform>
            <numerusform>%n triples</numerusform>
        </translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Colour by commonest visual code</source>
        <translation>Colour by commonest visual code</translation>
    </message>
</context>
<context>
    <name>tessera::EntityBrowserPanel</name>
    <message>
        <source>No graph open</source>
        <translation>No graph open</translation>
    </message>
    <message>
        <source>All %1 entities, by name</source>
        <translation>All %1 entities, by name</translation>
    </message>
    <message>
        <source>No entity matches “%1”</source>
        <translation>No entity matches “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Search entities by name, alias or key…</source>
        <translation>Search entities by name, alias or key…</translation>
    </message>
    <message>
        <source>Type to search; Enter focuses the highlighted entity.</source>
        <translation>Type to search; Enter focuses the highlighted entity.</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
</context>
<context>
    <name>tessera::EntityFactsModel</name>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <source>← %1 (%2)</source>
        <translation>← %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 …</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <source>… %1 %2</source>
        <translation>… %1 %2</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
</context>
<context>
    <name>tessera::EntityPagePanel</name>
    <message>
        <source>No entity selected</source>
        <translation>No entity selected</translation>
    </message>
    <message>
        <source>No graph open</source>
        <translation>No graph open</translation>
    </message>
    <message>
        <source>Pick an entity in the search list or click a node in the neighbourhood.</source>
        <translation>Pick an entity in the search list or click a node in the neighbourhood.</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>key: %1</translation>
    </message>
    <message>
        <source>%1 · key: %2</source>
        <translation>%1 · key: %2</translation>
    </message>
    <message>
        <source>%1
Click to enlarge.</source>
        <translation>%1
Click to enlarge.</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Facts (%1)</source>
        <translation>Facts (%1)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also known as&lt;/b&gt; </source>
        <translation>&lt;b&gt;Also known as&lt;/b&gt; </translation>
    </message>
    <message>
        <source>show fewer</source>
        <translation>show fewer</translation>
    </message>
    <message>
        <source>show all %1</source>
        <translation>show all %1</translation>
    </message>
</context>
<context>
    <name>tessera::EntitySearchModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
</context>
<context>
    <name>tessera::EvaluationController</name>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Evaluation cancelled.</translation>
    </message>
</context>
<context>
    <name>tessera::EvaluationDialog</name>
    <message>
        <source>Scoring every query of the split…</source>
        <translation>Scoring every query of the split…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;: filtered ranks, both directions of every triple of the split</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;: filtered ranks, both directions of every triple of the split</translation>
    </message>
    <message>
        <source>Choose a split and press Evaluate.</source>
        <translation>Choose a split and press Evaluate.</translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>heads (?, r, t)</source>
        <translation>heads (?, r, t)</translation>
    </message>
    <message>
        <source>tails (h, r, ?)</source>
        <translation>tails (h, r, ?)</translation>
    </message>
    <message>
        <source>both, realistic rank</source>
        <translation>both, realistic rank</translation>
    </message>
    <message>
        <source>%1 triples, %2 ranks in %3 s. Reference tie rule (zjukg/MyGO: ties split in half); the realistic rank is PyKEEN&apos;s mean of the optimistic and pessimistic rank.</source>
        <translation>%1 triples, %2 ranks in %3 s. Reference tie rule (zjukg/MyGO: ties split in half); the realistic rank is PyKEEN&apos;s mean of the optimistic and pessimistic rank.</translation>
    </message>
    <message>
        <source>Evaluate Link Prediction</source>
        <translation>Evaluate Link Prediction</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filtered metrics</source>
        <translation>Filtered metrics</translation>
    </message>
    <message>
        <source>Per relation (both directions)</source>
        <translation>Per relation (both directions)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
</context>
<context>
    <name>tessera::ExportButton</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Save this view as PNG or SVG, or its numbers as CSV</source>
        <translation>Save this view as PNG or SVG, or its numbers as CSV</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG image…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG image…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Numbers as CSV…</translation>
    </message>
</context>
<context>
    <name>tessera::ImageViewerDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 pixels · %3</translation>
    </message>
    <message>
        <source>This image cannot be shown.
%1</source>
        <translation>This image cannot be shown.
%1</translation>
    </message>
</context>
<context>
    <name>tessera::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>tessera::LinkPredictionPanel</name>
    <message numerus="yes">
        <source>%1 candidates · %n known answer(s) · scored in %2 ms</source>
        <translation>
            <numerusform>%1 candidates · %n known answer · scored in %2 ms</numerusform>
            <numerusform>%1 candidates · %n known answers · scored in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source> · known answers left out</source>
        <translation> · known answers left out</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n known</source>
        <translation>
            <numerusform>%1 · %n known</numerusform>
            <numerusform>%1 · %n known</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entity in the graph.</source>
        <translation>Select an entity in the graph.</translation>
    </message>
    <message>
        <source>(?, %1, %2)</source>
        <translation>(?, %1, %2)</translation>
    </message>
    <message>
        <source>(%1, %2, ?)</source>
        <translation>(%1, %2, ?)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Model:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>No model open. Open a MyGO model trained on this graph to rank candidates.</source>
        <translation>No model open. Open a MyGO model trained on this graph to rank candidates.</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>Open Model…</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Predict:</translation>
    </message>
    <message>
        <source>Tails (entity, relation, ?)</source>
        <translation>Tails (entity, relation, ?)</translation>
    </message>
    <message>
        <source>Heads (?, relation, entity)</source>
        <translation>Heads (?, relation, entity)</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Query:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source> candidates</source>
        <translation> candidates</translation>
    </message>
    <message>
        <source>Leave out known answers</source>
        <translation>Leave out known answers</translation>
    </message>
    <message>
        <source>The filtered protocol: answers already in train, valid or test are not ranked.</source>
        <translation>The filtered protocol: answers already in train, valid or test are not ranked.</translation>
    </message>
    <message>
        <source>As if it had no image</source>
        <translation>As if it had no image</translation>
    </message>
    <message>
        <source>Re-rank with the query entity&apos;s visual tokens masked, as for an entity without images.</source>
        <translation>Re-rank with the query entity&apos;s visual tokens masked, as for an entity without images.</translation>
    </message>
    <message>
        <source>As if it had no text</source>
        <translation>As if it had no text</translation>
    </message>
    <message>
        <source>Re-rank with the query entity&apos;s text tokens masked, as for an entity without text.</source>
        <translation>Re-rank with the query entity&apos;s text tokens masked, as for an entity without text.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Best known answer: %1, filtered rank %2</source>
        <translation>Best known answer: %1, filtered rank %2</translation>
    </message>
    <message>
        <source>Best known answer: %1, rank %2</source>
        <translation>Best known answer: %1, rank %2</translation>
    </message>
    <message>
        <source> · known answers follow the list at their filtered rank</source>
        <translation> · known answers follow the list at their filtered rank</translation>
    </message>
    <message>
        <source> · answers outside the top %1 follow the list</source>
        <translation> · answers outside the top %1 follow the list</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Evaluate…</translation>
    </message>
    <message>
        <source>Filtered MR, MRR and Hits@k of this model on the test or valid split</source>
        <translation>Filtered MR, MRR and Hits@k of this model on the test or valid split</translation>
    </message>
    <message>
        <source>full input</source>
        <translation>full input</translation>
    </message>
    <message>
        <source>as if it had no image and no text</source>
        <translation>as if it had no image and no text</translation>
    </message>
    <message>
        <source>as if it had no image</source>
        <translation>as if it had no image</translation>
    </message>
    <message>
        <source>as if it had no text</source>
        <translation>as if it had no text</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Context attention</source>
        <translation>Context attention</translation>
    </message>
    <message>
        <source>Where MyGO&apos;s triple encoder looks for this query: head, relation and the slot to predict, per layer and head</source>
        <translation>Where MyGO&apos;s triple encoder looks for this query: head, relation and the slot to predict, per layer and head</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Masking</translation>
    </message>
    <message>
        <source>What image and text are worth to this relation: its test queries ranked with and without them</source>
        <translation>What image and text are worth to this relation: its test queries ranked with and without them</translation>
    </message>
</context>
<context>
    <name>tessera::LinkPredictionSession</name>
    <message>
        <source>MyGO · dim %1 · %2 heads · %3 + %4 layers</source>
        <translation>MyGO · dim %1 · %2 heads · %3 + %4 layers</translation>
    </message>
    <message>
        <source> · %1 visual + %2 text tokens</source>
        <translation> · %1 visual + %2 text tokens</translation>
    </message>
    <message>
        <source> · structure only</source>
        <translation> · structure only</translation>
    </message>
    <message>
        <source> · %1, %2 threads</source>
        <translation> · %1, %2 threads</translation>
    </message>
    <message>
        <source>Opening model %1…</source>
        <translation>Opening model %1…</translation>
    </message>
    <message>
        <source>Ranking candidates…</source>
        <translation>Ranking candidates…</translation>
    </message>
    <message>
        <source>Evaluating on the %1 split…</source>
        <translation>Evaluating on the %1 split…</translation>
    </message>
    <message>
        <source>Reading attention…</source>
        <translation>Reading attention…</translation>
    </message>
    <message>
        <source>Computing entity representations…</source>
        <translation>Computing entity representations…</translation>
    </message>
    <message>
        <source>Measuring modality shares over all entities…</source>
        <translation>Measuring modality shares over all entities…</translation>
    </message>
    <message>
        <source>Ranking the relation&apos;s queries with and without image and text…</source>
        <translation>Ranking the relation&apos;s queries with and without image and text…</translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <source>No demo graph</source>
        <translation>No demo graph</translation>
    </message>
    <message>
        <source>The bundled demo graph was not found. Open a graph with File ▸ Open Folder…, or set TESSERA_DEMO_DIR.</source>
        <translation>The bundled demo graph was not found. Open a graph with File ▸ Open Folder…, or set TESSERA_DEMO_DIR.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Loading cancelled.</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>About Tessera</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tessera %1&lt;/b&gt;&lt;p&gt;An explorer for multi-modal knowledge graphs and the models trained on them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tessera %1&lt;/b&gt;&lt;p&gt;An explorer for multi-modal knowledge graphs and the models trained on them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Open Folder…</translation>
    </message>
    <message>
        <source>Open a graph folder (bundle, MyGO or alignment format)</source>
        <translation>Open a graph folder (bundle, MyGO or alignment format)</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Open &amp;File…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back: undo “%1” (Alt+Left)</source>
        <translation>Back: undo “%1” (Alt+Left)</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Forward: redo “%1” (Alt+Right)</source>
        <translation>Forward: redo “%1” (Alt+Right)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Zoom to &amp;Fit</translation>
    </message>
    <message>
        <source>&amp;Warnings…</source>
        <translation>&amp;Warnings…</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>&amp;About Tessera</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Graph:</source>
        <translation>Graph:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Cannot open graph</source>
        <translation>Cannot open graph</translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation>%1 — Tessera</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No graph open — File ▸ Open Folder…, or drop a graph folder on the window</source>
        <translation>No graph open — File ▸ Open Folder…, or drop a graph folder on the window</translation>
    </message>
    <message>
        <source>%1 · %2 entities · %3 relations · %4 triples · %5 images</source>
        <translation>%1 · %2 entities · %3 relations · %4 triples · %5 images</translation>
    </message>
    <message>
        <source>Open Graph Folder</source>
        <translation>Open Graph Folder</translation>
    </message>
    <message>
        <source>Open Graph File</source>
        <translation>Open Graph File</translation>
    </message>
    <message>
        <source>Graph files (manifest.json *.tsv *.txt);;All files (*)</source>
        <translation>Graph files (manifest.json *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>Open &amp;Model…</translation>
    </message>
    <message>
        <source>Open a MyGO model trained on this graph, for link prediction</source>
        <translation>Open a MyGO model trained on this graph, for link prediction</translation>
    </message>
    <message>
        <source>Link Prediction</source>
        <translation>Link Prediction</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>Open Model Folder</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Model %1 opened.</source>
        <translation>Model %1 opened.</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Cannot open model</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <source>Open &amp;Tokens…</source>
        <translation>Open &amp;Tokens…</translation>
    </message>
    <message>
        <source>Open a token folder of this graph (tessera tokenize --out) for the Tokens and Codebook views</source>
        <translation>Open a token folder of this graph (tessera tokenize --out) for the Tokens and Codebook views</translation>
    </message>
    <message>
        <source>Open Token Folder</source>
        <translation>Open Token Folder</translation>
    </message>
    <message>
        <source>Reading tokens from %1…</source>
        <translation>Reading tokens from %1…</translation>
    </message>
    <message>
        <source>Cannot open tokens</source>
        <translation>Cannot open tokens</translation>
    </message>
    <message>
        <source>Tokens from %1</source>
        <translation>Tokens from %1</translation>
    </message>
    <message>
        <source>Reading tokens cancelled.</source>
        <translation>Reading tokens cancelled.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Embedding Map</source>
        <translation>Embedding Map</translation>
    </message>
    <message>
        <source>Modality Shares</source>
        <translation>Modality Shares</translation>
    </message>
    <message>
        <source>&amp;Debug Overlay</source>
        <translation>&amp;Debug Overlay</translation>
    </message>
    <message>
        <source>Frame times, event-loop stalls, background jobs, inference timings, device and memory, drawn over the window (F12)</source>
        <translation>Frame times, event-loop stalls, background jobs, inference timings, device and memory, drawn over the window (F12)</translation>
    </message>
    <message>
        <source>An alignment model</source>
        <translation>An alignment model</translation>
    </message>
    <message>
        <source>%1 aligns two graphs. Open it with File ▸ Open Alignment…, with the workspace it was trained on.</source>
        <translation>%1 aligns two graphs. Open it with File ▸ Open Alignment…, with the workspace it was trained on.</translation>
    </message>
</context>
<context>
    <name>tessera::MetaWeightsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>meta-weight of %1</source>
        <translation>meta-weight of %1</translation>
    </message>
    <message>
        <source>focus an entity</source>
        <translation>focus an entity</translation>
    </message>
    <message>
        <source>meta-weight, all entities</source>
        <translation>meta-weight, all entities</translation>
    </message>
    <message>
        <source>test Hits@1 (A → B, CSLS)</source>
        <translation>test Hits@1 (A → B, CSLS)</translation>
    </message>
    <message>
        <source>no evaluation</source>
        <translation>no evaluation</translation>
    </message>
    <message>
        <source>dominant modality of the query entity</source>
        <translation>dominant modality of the query entity</translation>
    </message>
    <message>
        <source>Focus an entity to see its weights and mark it on the boxes.</source>
        <translation>Focus an entity to see its weights and mark it on the boxes.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (red diamonds): %2 — %3 counts most.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (red diamonds): %2 — %3 counts most.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entities have this modality dominant</source>
        <translation>
            <numerusform>%n entity has this modality dominant</numerusform>
            <numerusform>%n entities have this modality dominant</numerusform>
        </translation>
    </message>
    <message>
        <source>Where %1 dominates</source>
        <translation>Where %1 dominates</translation>
    </message>
    <message numerus="yes">
        <source>Modality meta-weights of %n entities (both graphs): per entity, the fusion Transformer&apos;s last-layer attention each modality receives, softmax-normalised — how much it counts in the fused embedding. Boxes: quartiles and median; whiskers: smallest and largest weight.</source>
        <translation>
            <numerusform>Modality meta-weights of %n entity (both graphs): per entity, the fusion Transformer&apos;s last-layer attention each modality receives, softmax-normalised — how much it counts in the fused embedding. Boxes: quartiles and median; whiskers: smallest and largest weight.</numerusform>
            <numerusform>Modality meta-weights of %n entities (both graphs): per entity, the fusion Transformer&apos;s last-layer attention each modality receives, softmax-normalised — how much it counts in the fused embedding. Boxes: quartiles and median; whiskers: smallest and largest weight.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an alignment model to see its modality meta-weights.</source>
        <translation>Open an alignment model to see its modality meta-weights.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entities</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message numerus="yes">
        <source>%n queries</source>
        <translation>
            <numerusform>%n queries</numerusform>
            <numerusform>%n queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ModalitySharesView</name>
    <message>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>[CLS] itself</source>
        <translation>[CLS] itself</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n entities</source>
        <translation>
            <numerusform>%1
%n entity</numerusform>
            <numerusform>%1
%n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>share of [CLS]&apos;s rollout row</source>
        <translation>share of [CLS]&apos;s rollout row</translation>
    </message>
    <message>
        <source>share of [CLS]&apos;s attention</source>
        <translation>share of [CLS]&apos;s attention</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Focus an entity to mark it on the boxes.</source>
        <translation>Focus an entity to mark it on the boxes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (red diamonds): structure %2, image %3, text %4, [CLS] itself %5 — most to %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (red diamonds): structure %2, image %3, text %4, [CLS] itself %5 — most to %6.</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>no image</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>no text</translation>
    </message>
    <message>
        <source>Last layer, heads averaged</source>
        <translation>Last layer, heads averaged</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>Attention rollout</translation>
    </message>
    <message>
        <source>Where %1 gets the most</source>
        <translation>Where %1 gets the most</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Measure again</translation>
    </message>
    <message numerus="yes">
        <source>Measure over all %n entities</source>
        <translation>
            <numerusform>Measure over all %n entity</numerusform>
            <numerusform>Measure over all %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a MyGO model to see how much structure, image and text count for its entities.</source>
        <translation>Open a MyGO model to see how much structure, image and text count for its entities.</translation>
    </message>
    <message>
        <source>Where [CLS] looks in MyGO&apos;s entity encoder, for every entity: one encoder pass over the graph. Press Measure.</source>
        <translation>Where [CLS] looks in MyGO&apos;s entity encoder, for every entity: one encoder pass over the graph. Press Measure.</translation>
    </message>
    <message numerus="yes">
        <source>[CLS]&apos;s attention shares over %n entities; entities without an image (text) are left out of the image (text) box: %1 without an image, %2 without text. Boxes: quartiles and median; whiskers: smallest and largest share.</source>
        <translation>
            <numerusform>[CLS]&apos;s attention shares over %n entity; entities without an image (text) are left out of the image (text) box: %1 without an image, %2 without text. Boxes: quartiles and median; whiskers: smallest and largest share.</numerusform>
            <numerusform>[CLS]&apos;s attention shares over %n entities; entities without an image (text) are left out of the image (text) box: %1 without an image, %2 without text. Boxes: quartiles and median; whiskers: smallest and largest share.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::NeighbourhoodView</name>
    <message>
        <source>&amp;Expand</source>
        <translation>&amp;Expand</translation>
    </message>
    <message>
        <source>&amp;Collapse</source>
        <translation>&amp;Collapse</translation>
    </message>
    <message>
        <source>&amp;Focus here</source>
        <translation>&amp;Focus here</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>Zoom to &amp;fit</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;%n fact(s). Double-click to expand or collapse.&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;%n fact. Double-click to expand or collapse.&lt;/i&gt;</numerusform>
            <numerusform>&lt;i&gt;%n facts. Double-click to expand or collapse.&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Show up to %1 more neighbours of %2</source>
        <translation>Show up to %1 more neighbours of %2</translation>
    </message>
    <message>
        <source>Focus on %1</source>
        <translation>Focus on %1</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copy key</translation>
    </message>
    <message>
        <source>Show more neighbours</source>
        <translation>Show more neighbours</translation>
    </message>
    <message>
        <source>Search for an entity and press Enter to explore its neighbourhood.</source>
        <translation>Search for an entity and press Enter to explore its neighbourhood.</translation>
    </message>
    <message>
        <source>Open a graph to explore it (File ▸ Open, or drop a folder here).</source>
        <translation>Open a graph to explore it (File ▸ Open, or drop a folder here).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entities shown</source>
        <translation>
            <numerusform>%1 — %n entity shown</numerusform>
            <numerusform>%1 — %n entities shown</numerusform>
        </translation>
    </message>
    <message>
        <source>few facts</source>
        <translation>few facts</translation>
    </message>
    <message>
        <source>many facts</source>
        <translation>many facts</translation>
    </message>
</context>
<context>
    <name>tessera::OpenAlignmentDialog</name>
    <message>
        <source>Alignment workspace (two graphs and their pairs)</source>
        <translation>Alignment workspace (two graphs and their pairs)</translation>
    </message>
    <message>
        <source>Alignment model folder</source>
        <translation>Alignment model folder</translation>
    </message>
    <message>
        <source>Open Alignment</source>
        <translation>Open Alignment</translation>
    </message>
    <message>
        <source>An alignment workspace holds two graphs and the seed and test pairs that align them: an EVA / MEAformer folder (DBP15K&apos;s zh_en, for example) or an alignment bundle. The model is a MEAformer or MCLEA model trained on it (tessera train meaformer).</source>
        <translation>An alignment workspace holds two graphs and the seed and test pairs that align them: an EVA / MEAformer folder (DBP15K&apos;s zh_en, for example) or an alignment bundle. The model is a MEAformer or MCLEA model trained on it (tessera train meaformer).</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>tessera::PatchGridWidget</name>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>: %1 patches in %2 entities</source>
        <translation>: %1 patches in %2 entities</translation>
    </message>
    <message>
        <source> — one of the visual tokens MyGO reads</source>
        <translation> — one of the visual tokens MyGO reads</translation>
    </message>
    <message>
        <source>; [CLS] attention %1</source>
        <translation>; [CLS] attention %1</translation>
    </message>
</context>
<context>
    <name>tessera::QueryAttentionView</name>
    <message>
        <source>No query attention yet: open a MyGO model and ask a query.</source>
        <translation>No query attention yet: open a MyGO model and ask a query.</translation>
    </message>
    <message>
        <source>Last layer, heads averaged (%1): the slot to predict reads %2 % from %3, %4 % from the relation %5 and %6 % from itself. The framed row of each map is that slot: TuckER scores its output.</source>
        <translation>Last layer, heads averaged (%1): the slot to predict reads %2 % from %3, %4 % from the relation %5 and %6 % from itself. The framed row of each map is that slot: TuckER scores its output.</translation>
    </message>
    <message>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>tail</source>
        <translation>tail</translation>
    </message>
    <message>
        <source>%1: ? (to predict)</source>
        <translation>%1: ? (to predict)</translation>
    </message>
    <message>
        <source>layer %1 · head %2</source>
        <translation>layer %1 · head %2</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
</context>
<context>
    <name>tessera::RankMetricsModel</name>
    <message>
        <source>Ranks</source>
        <translation>Ranks</translation>
    </message>
    <message>
        <source>MR</source>
        <translation>MR</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Hits@1</source>
        <translation>Hits@1</translation>
    </message>
    <message>
        <source>Hits@3</source>
        <translation>Hits@3</translation>
    </message>
    <message>
        <source>Hits@10</source>
        <translation>Hits@10</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>MRR %1 against %2 for ranking answers by how often they answer the relation in train</source>
        <translation>MRR %1 against %2 for ranking answers by how often they answer the relation in train</translation>
    </message>
    <message>
        <source>Popularity MRR</source>
        <translation>Popularity MRR</translation>
    </message>
    <message>
        <source>× popularity</source>
        <translation>× popularity</translation>
    </message>
</context>
<context>
    <name>tessera::RankedCandidatesModel</name>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Known answer (%1)</source>
        <translation>Known answer (%1)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Known in</source>
        <translation>Known in</translation>
    </message>
    <message>
        <source>Filtered rank: only entities that are not known answers count ahead of it.</source>
        <translation>Filtered rank: only entities that are not known answers count ahead of it.</translation>
    </message>
</context>
<context>
    <name>tessera::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
    </message>
</context>
<context>
    <name>tessera::RelationAblationView</name>
    <message>
        <source>(%1, %2, ?) → %3</source>
        <translation>(%1, %2, ?) → %3</translation>
    </message>
    <message>
        <source>(?, %1, %2) → %3</source>
        <translation>(?, %1, %2) → %3</translation>
    </message>
    <message>
        <source>Rank this relation&apos;s test queries with and without image and text</source>
        <translation>Rank this relation&apos;s test queries with and without image and text</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Hits@1</source>
        <translation>Hits@1</translation>
    </message>
    <message>
        <source>Hits@10</source>
        <translation>Hits@10</translation>
    </message>
    <message>
        <source>MR</source>
        <translation>MR</translation>
    </message>
    <message>
        <source>mean rank shift</source>
        <translation>mean rank shift</translation>
    </message>
    <message>
        <source>queries ranked lower</source>
        <translation>queries ranked lower</translation>
    </message>
    <message>
        <source>ranked higher</source>
        <translation>ranked higher</translation>
    </message>
    <message>
        <source>as it is</source>
        <translation>as it is</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>no image</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>no text</translation>
    </message>
    <message>
        <source>query → known answer</source>
        <translation>query → known answer</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>How far do the known answers move when the query entity&apos;s image or text is masked? Ranks every test triple of the relation, both directions.</source>
        <translation>How far do the known answers move when the query entity&apos;s image or text is masked? Ranks every test triple of the relation, both directions.</translation>
    </message>
    <message>
        <source>Open a MyGO model to measure what image and text are worth to a relation.</source>
        <translation>Open a MyGO model to measure what image and text are worth to a relation.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n test queries (head and tail prediction) · filtered ranks · rank shift = rank masked − rank as it is (positive: the answer fell)</source>
        <translation>
            <numerusform>%1 · %n test queries (head and tail prediction) · filtered ranks · rank shift = rank masked − rank as it is (positive: the answer fell)</numerusform>
            <numerusform>%1 · %n test queries (head and tail prediction) · filtered ranks · rank shift = rank masked − rank as it is (positive: the answer fell)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::RelationListModel</name>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Triples</source>
        <translation>Triples</translation>
    </message>
</context>
<context>
    <name>tessera::TokensView</name>
    <message>
        <source>No entity</source>
        <translation>No entity</translation>
    </message>
    <message>
        <source>Tokens of %1</source>
        <translation>Tokens of %1</translation>
    </message>
    <message>
        <source>No visual tokens in this folder.</source>
        <translation>No visual tokens in this folder.</translation>
    </message>
    <message>
        <source>No visual tokens: the entity has no image, MyGO masks its %1 visual slots.</source>
        <translation>No visual tokens: the entity has no image, MyGO masks its %1 visual slots.</translation>
    </message>
    <message>
        <source>Visual tokens MyGO reads (%1 most frequent of %2 patches, ascending ids): %3%4</source>
        <translation>Visual tokens MyGO reads (%1 most frequent of %2 patches, ascending ids): %3%4</translation>
    </message>
    <message>
        <source> — this folder has no patch grids (built-in tokens)</source>
        <translation> — this folder has no patch grids (built-in tokens)</translation>
    </message>
    <message>
        <source>No text tokens in this folder.</source>
        <translation>No text tokens in this folder.</translation>
    </message>
    <message>
        <source>No text tokens: MyGO masks the %1 text slots.</source>
        <translation>No text tokens: MyGO masks the %1 text slots.</translation>
    </message>
    <message>
        <source>Text tokens MyGO reads (%1): %2</source>
        <translation>Text tokens MyGO reads (%1): %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;No text to read.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No text to read.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 → code %2</source>
        <translation>%1 → code %2</translation>
    </message>
    <message>
        <source>%1 — kept: one of the text tokens MyGO reads</source>
        <translation>%1 — kept: one of the text tokens MyGO reads</translation>
    </message>
    <message>
        <source>Shaded: the word pieces MyGO reads (hover for the BERT id); bold: the pieces whose token is kept; grey: stop words and punctuation, not counted.</source>
        <translation>Shaded: the word pieces MyGO reads (hover for the BERT id); bold: the pieces whose token is kept; grey: stop words and punctuation, not counted.</translation>
    </message>
    <message>
        <source>Shaded: BERT word pieces (hover for the id); grey: stop words and punctuation. This folder&apos;s text tokens are not word pieces, so the kept ones are listed below.</source>
        <translation>Shaded: BERT word pieces (hover for the id); grey: stop words and punctuation. This folder&apos;s text tokens are not word pieces, so the kept ones are listed below.</translation>
    </message>
    <message>
        <source>%1; [CLS] attention %2</source>
        <translation>%1; [CLS] attention %2</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>Shaded by the attention [CLS] gives each token (%1): the deeper the orange, the more it reads; faded patches and plain words are not read. Largest weight: %2.</source>
        <translation>Shaded by the attention [CLS] gives each token (%1): the deeper the orange, the more it reads; faded patches and plain words are not read. Largest weight: %2.</translation>
    </message>
    <message>
        <source>No token folder is open: open the one the model reads (File ▸ Open Tokens…) to see its patches and word pieces.</source>
        <translation>No token folder is open: open the one the model reads (File ▸ Open Tokens…) to see its patches and word pieces.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the model&apos;s tokens are not among this folder&apos;s kept tokens: the token folder open is not the one the model reads, so those are not shaded.</source>
        <translation>
            <numerusform>%n of the model&apos;s tokens is not among this folder&apos;s kept tokens: the token folder open is not the one the model reads, so those are not shaded.</numerusform>
            <numerusform>%n of the model&apos;s tokens are not among this folder&apos;s kept tokens: the token folder open is not the one the model reads, so those are not shaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ViewExporter</name>
    <message>
        <source>%1: the file must end in .png or .svg</source>
        <translation>%1: the file must end in .png or .svg</translation>
    </message>
    <message>
        <source>Rendered by Tessera</source>
        <translation>Rendered by Tessera</translation>
    </message>
    <message>
        <source>no SVG painter</source>
        <translation>no SVG painter</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG encoding failed</translation>
    </message>
</context>
<context>
    <name>tessera::WarningsDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) that did not stop loading:</source>
        <translation>
            <numerusform>%n problem that did not stop loading:</numerusform>
            <numerusform>%n problems that did not stop loading:</numerusform>
        </translation>
    </message>
</context>
</TS>
