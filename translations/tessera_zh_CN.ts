<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlignCommand</name>
    <message>
        <source>align: expected tessera align --workspace W --model M --entity KEY [--side a|b] [--k 10] [--candidates all|test] [--json]</source>
        <translation>align：用法为 tessera align --workspace W --model M --entity KEY [--side a|b] [--k 10] [--candidates all|test] [--json]</translation>
    </message>
    <message>
        <source>align: unknown --side &apos;%1&apos;, expected a or b</source>
        <translation>align：未知的 --side“%1”，应为 a 或 b</translation>
    </message>
    <message>
        <source>align: --k must be a positive integer</source>
        <translation>align：--k 必须是正整数</translation>
    </message>
    <message>
        <source>align: --csls-k must be a positive integer, not &apos;%1&apos;</source>
        <translation>align：--csls-k 必须是正整数，而不是“%1”</translation>
    </message>
    <message>
        <source>align: unknown --candidates &apos;%1&apos;, expected all or test</source>
        <translation>align：未知的 --candidates“%1”，应为 all 或 test</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>align: &apos;%1&apos; is not in a test pair; --candidates test ranks test pairs only (use --candidates all)</source>
        <translation>align：“%1”不在测试对中；--candidates test 只对测试对排名（请用 --candidates all）</translation>
    </message>
    <message>
        <source>%1: cannot align: %2</source>
        <translation>%1：无法对齐：%2</translation>
    </message>
    <message>
        <source>Counterparts in %1 of %2 (%3), CSLS k=%4 over %5 candidates
</source>
        <translation>%2（%3）在 %1 中的对应实体，CSLS k=%4，共 %5 个候选
</translation>
    </message>
    <message>
        <source>meta-weights: %1
</source>
        <translation>元权重：%1
</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>sim</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source> ← true counterpart</source>
        <translation> ← 真实对应</translation>
    </message>
    <message>
        <source> (in a seed pair)</source>
        <translation>（在种子对中）</translation>
    </message>
    <message>
        <source> (in a test pair)</source>
        <translation>（在测试对中）</translation>
    </message>
    <message>
        <source>true counterpart (%1 pair): %2 at rank %3 (plain similarity: rank %4)
</source>
        <translation>真实对应（%1对）：%2 排第 %3（按普通相似度排第 %4）
</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>the workspace pairs this entity with nothing
</source>
        <translation>工作区中没有与该实体配对的实体
</translation>
    </message>
</context>
<context>
    <name>AlignmentDumpCommand</name>
    <message>
        <source>dump: expected tessera dump --workspace W --model M --what meta-weights|fused|modal --out F.safetensors</source>
        <translation>dump：用法为 tessera dump --workspace W --model M --what meta-weights|fused|modal --out F.safetensors</translation>
    </message>
    <message>
        <source>dump: unknown --what &apos;%1&apos; for an alignment model, expected meta-weights, fused or modal</source>
        <translation>dump：对齐模型不支持 --what“%1”，应为 meta-weights、fused 或 modal</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>meta_weights [%1, %2] (%3)</source>
        <translation>meta_weights [%1, %2]（%3）</translation>
    </message>
    <message>
        <source>fused [%1, %2]</source>
        <translation>fused [%1, %2]</translation>
    </message>
    <message>
        <source>modal.* [%1, %2] for %3, present [%1, %4]</source>
        <translation>modal.* [%1, %2]（%3），present [%1, %4]</translation>
    </message>
    <message>
        <source>wrote %1: %2
</source>
        <translation>已写入 %1：%2
</translation>
    </message>
</context>
<context>
    <name>AlignmentEvaluateCommand</name>
    <message>
        <source>evaluate: expected tessera evaluate --workspace W --model M [--candidates test|all] [--csls-k K] [--json]</source>
        <translation>evaluate：用法为 tessera evaluate --workspace W --model M [--candidates test|all] [--csls-k K] [--json]</translation>
    </message>
    <message>
        <source>evaluate: unknown --candidates &apos;%1&apos;, expected test or all</source>
        <translation>evaluate：未知的 --candidates“%1”，应为 test 或 all</translation>
    </message>
    <message>
        <source>evaluate: --csls-k must be a positive integer, not &apos;%1&apos;</source>
        <translation>evaluate：--csls-k 必须是正整数，而不是“%1”</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>%1: the workspace has no test pairs to evaluate</source>
        <translation>%1：工作区没有可评估的测试对</translation>
    </message>
    <message>
        <source>%1: cannot evaluate: %2</source>
        <translation>%1：无法评估：%2</translation>
    </message>
    <message>
        <source>MEAformer alignment on %1: %2 test pairs between %3 and %4
</source>
        <translation>MEAformer 在 %1 上的实体对齐：%3 与 %4 之间的 %2 个测试对
</translation>
    </message>
    <message>
        <source>candidates: every entity of the other graph (%1 of B for A → B, %2 of A for B → A)
</source>
        <translation>候选：另一图谱的全部实体（A → B 为 B 的 %1 个，B → A 为 A 的 %2 个）
</translation>
    </message>
    <message>
        <source>candidates: the other side of the test pairs (as the reference&apos;s test routine ranks them)
</source>
        <translation>候选：测试对的另一侧（与参考实现的测试流程一致）
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
        <translation>普通</translation>
    </message>
    <message>
        <source>time: %1 s on %2 (%3 CPU threads)
</source>
        <translation>用时：%1 秒，设备 %2（%3 个 CPU 线程）
</translation>
    </message>
</context>
<context>
    <name>AlignmentModalityStyle</name>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>name characters</source>
        <translation>名称字符</translation>
    </message>
    <message>
        <source>img</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>attr.</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>rel.</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>struct.</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>字符</translation>
    </message>
</context>
<context>
    <name>AlignmentRendering</name>
    <message>
        <source>the %1 view needs --workspace W and --model M (an alignment model)</source>
        <translation>%1 视图需要 --workspace W 和 --model M（对齐模型）</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>the alignment view needs --entity KEY</source>
        <translation>对齐视图需要 --entity KEY</translation>
    </message>
    <message>
        <source>--side must be a or b, got &apos;%1&apos;</source>
        <translation>--side 必须是 a 或 b，而不是“%1”</translation>
    </message>
    <message>
        <source>--candidates must be all or test, got &apos;%1&apos;</source>
        <translation>--candidates 必须是 all 或 test，而不是“%1”</translation>
    </message>
    <message>
        <source>--k must be a whole number from 1 to 100</source>
        <translation>--k 必须是 1 到 100 之间的整数</translation>
    </message>
    <message>
        <source>cannot align: %1</source>
        <translation>无法对齐：%1</translation>
    </message>
    <message>
        <source>Counterparts of %1</source>
        <translation>%1 的对应实体</translation>
    </message>
    <message>
        <source>--modality &apos;%1&apos; is not one of the model&apos;s modalities</source>
        <translation>--modality“%1”不是该模型的模态</translation>
    </message>
    <message>
        <source>Modality meta-weights</source>
        <translation>模态元权重</translation>
    </message>
</context>
<context>
    <name>AlignmentTrainCommand</name>
    <message>
        <source>train: --workspace and --out are required (tessera train meaformer --help)</source>
        <translation>train：必须给出 --workspace 和 --out（见 tessera train meaformer --help）</translation>
    </message>
    <message>
        <source>train: --epochs must be positive and --batch at least 2</source>
        <translation>train：--epochs 必须为正，--batch 至少为 2</translation>
    </message>
    <message>
        <source>train: --valid-fraction must be in [0, 1)</source>
        <translation>train：--valid-fraction 必须在 [0, 1) 内</translation>
    </message>
    <message>
        <source>train: --gat-heads expects numbers separated by commas, got &apos;%1&apos;</source>
        <translation>train：--gat-heads 需要以逗号分隔的数字，得到的是“%1”</translation>
    </message>
    <message>
        <source>train: unknown --loss &apos;%1&apos;, expected meaformer or mclea</source>
        <translation>train：未知的 --loss“%1”，应为 meaformer 或 mclea</translation>
    </message>
    <message>
        <source>train: %1 is one graph; alignment trains on a workspace of two graphs and their pairs</source>
        <translation>train：%1 只是一个图谱；对齐需要在包含两个图谱及其实体对的工作区上训练</translation>
    </message>
    <message>
        <source>warning: %1: %2
</source>
        <translation>警告：%1：%2
</translation>
    </message>
    <message>
        <source>train: unknown modality &apos;%1&apos; (expected img, att, rel, gph, char)</source>
        <translation>train：未知模态“%1”（应为 img、att、rel、gph、char）</translation>
    </message>
    <message>
        <source>%1: fewer than two seed pairs to train on</source>
        <translation>%1：可用于训练的种子对少于两个</translation>
    </message>
    <message>
        <source>resuming at epoch %1
</source>
        <translation>从第 %1 轮继续
</translation>
    </message>
    <message>
        <source>nothing to resume in %1/last; starting fresh
</source>
        <translation>%1/last 中没有可继续的状态；从头开始
</translation>
    </message>
    <message>
        <source>training %1 on %2: %3 + %4 entities, %5 seed pairs (%6 held out), %7 test pairs; modalities %8, hidden %9; %10, %11 threads
</source>
        <translation>在 %2 上训练 %1：%3 + %4 个实体，%5 个种子对（留出 %6 个），%7 个测试对；模态 %8，隐藏维度 %9；%10，%11 个线程
</translation>
    </message>
    <message>
        <source>epoch %1/%2 batch %3/%4 loss %5  lr %6  ETA %7   </source>
        <translation>第 %1/%2 轮 批次 %3/%4 损失 %5  学习率 %6  预计剩余 %7   </translation>
    </message>
    <message>
        <source>epoch %1: loss %2, %3 s</source>
        <translation>第 %1 轮：损失 %2，%3 秒</translation>
    </message>
    <message>
        <source>, held-out Hits@1 %1, MRR %2%3</source>
        <translation>，留出集 Hits@1 %1，MRR %2%3</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation>（最佳）</translation>
    </message>
    <message>
        <source>, %1 new seed pairs (%2 right)</source>
        <translation>，新增 %1 个种子对（%2 个正确）</translation>
    </message>
    <message>
        <source>
interrupted: the last checkpoint is in %1/last; continue with --resume
</source>
        <translation>
已中断：最近的检查点在 %1/last；可用 --resume 继续
</translation>
    </message>
    <message>
        <source>done in %1: test Hits@1 %2 / MRR %3 (A → B, CSLS), %4 / %5 (B → A); model in %6/best
</source>
        <translation>完成，用时 %1：测试 Hits@1 %2 / MRR %3（A → B，CSLS），%4 / %5（B → A）；模型在 %6/best
</translation>
    </message>
    <message>
        <source>done in %1; the workspace has no test pairs; model in %2/best
</source>
        <translation>完成，用时 %1；工作区没有测试对；模型在 %2/best
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
        <translation>用法：tessera train meaformer --workspace W --out MODEL [选项]

W：EVA / MEAformer 文件夹（DBP15K），或对齐包（resources/demo/countries-en-zh）。
模型（参考实现默认值）：
  --modalities img,att,rel,gph,char   （默认：工作区具备的全部模态）
  --hidden 300  --layers 1  --heads 1  --ffn 400（0 = 无前馈层）  --gat-heads 2,2
  --loss meaformer|mclea   （mclea：MCLEA 的目标函数及每个模态一个权重）
  --csls-k 3  --tau 0.1
特征：
  --name-bigrams 1000（名称字符二元组的列数）  --compact-relations（每个现有关系一列，
  而不是参考实现的 1000 列）
训练：
  --epochs 300  --batch 3500  --lr 0.0005  --decay 0.0001  --clip 1  --warmup 0.15
  --valid-fraction 0.1（留出用于选择模型的种子对）  --valid-every 10
  --iterative [--iterative-start 100] [--iterative-every 5]   （由互为最近邻的实体生成新种子）
  --seed 42  --device auto|cpu|cuda  --threads N  --resume  --quiet

在留出对上最好的模型保存在 MODEL/best（参考实现按测试集选择）；
测试对只用于最终报告 MODEL/test-evaluation.json。
</translation>
    </message>
</context>
<context>
    <name>AlignmentWindowRendering</name>
    <message>
        <source>the alignment-window view needs --workspace W and --model M (an alignment model)</source>
        <translation>alignment-window 视图需要 --workspace W 和 --model M（对齐模型）</translation>
    </message>
    <message>
        <source>the alignment-window view renders to PNG only</source>
        <translation>alignment-window 视图只能渲染为 PNG</translation>
    </message>
    <message>
        <source>--filter must be one of %1, got &apos;%2&apos;</source>
        <translation>--filter 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>--candidates must be all or test, got &apos;%1&apos;</source>
        <translation>--candidates 必须是 all 或 test，而不是“%1”</translation>
    </message>
    <message>
        <source>--side must be a or b, got &apos;%1&apos;</source>
        <translation>--side 必须是 a 或 b，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: the workspace did not open in time</source>
        <translation>%1：工作区未能在限定时间内打开</translation>
    </message>
</context>
<context>
    <name>AttentionRendering</name>
    <message>
        <source>the attention view needs --model MODEL</source>
        <translation>注意力视图需要 --model MODEL</translation>
    </message>
    <message>
        <source>--input must be full, no-image or no-text, got &apos;%1&apos;</source>
        <translation>--input 必须是 full、no-image 或 no-text，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fusion must be mean or max, got &apos;%1&apos;</source>
        <translation>--fusion 必须是 mean 或 max，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choose one of --layer/--head, --rollout and --last-layer</source>
        <translation>请在 --layer/--head、--rollout 和 --last-layer 中只选一个</translation>
    </message>
    <message>
        <source>--layer must be 1 to %1 and --head 1 to %2 for this model</source>
        <translation>对此模型，--layer 必须在 1 到 %1 之间，--head 必须在 1 到 %2 之间</translation>
    </message>
    <message>
        <source>Attention of %1</source>
        <translation>%1 的注意力</translation>
    </message>
</context>
<context>
    <name>AttentionTokenNames</name>
    <message>
        <source>structure</source>
        <translation>结构</translation>
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
        <translation>codebook-stats：用法为 tessera codebook-stats --graph G --tokens DIR [--json] [--top 10]</translation>
    </message>
    <message>
        <source>codebook-stats: --top expects a positive whole number, got &apos;%1&apos;</source>
        <translation>codebook-stats：--top 需要一个正整数，得到的是“%1”</translation>
    </message>
    <message>
        <source>codebook-stats: %1 is not a token folder (tessera tokenize --out writes one)</source>
        <translation>codebook-stats：%1 不是 token 文件夹（可用 tessera tokenize --out 生成）</translation>
    </message>
    <message>
        <source>codebook-stats: %1 holds two graphs (an alignment data set); give one</source>
        <translation>codebook-stats：%1 含两个图谱（实体对齐数据集）；请只给出一个</translation>
    </message>
    <message>
        <source>codebook-stats: %1 has neither visual-tokens.json nor text-tokens.json</source>
        <translation>codebook-stats：%1 中既没有 visual-tokens.json 也没有 text-tokens.json</translation>
    </message>
    <message>
        <source>%1 codebook: %2 codes, %3 used (%4 %), %5 dead; perplexity %6 (normalised entropy %7); top %8 codes hold %9 % of %10 occurrences; Gini %11; %12 entities with tokens
</source>
        <translation>%1码本：%2 个码，已用 %3 个（%4 %），失效 %5 个；困惑度 %6（归一化熵 %7）；前 %8 个码占 %10 次出现中的 %9 %；基尼系数 %11；%12 个实体有 token
</translation>
    </message>
    <message>
        <source>visual</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>shared codebook: Jaccard %1, mixed codes %2 % (each modality ≥ %3 %), JS divergence %4
</source>
        <translation>共享码本：Jaccard %1，混合码 %2 %（每个模态 ≥ %3 %），JS 散度 %4
</translation>
    </message>
</context>
<context>
    <name>CollapseEntityCommand</name>
    <message>
        <source>Collapse %1</source>
        <translation>折叠 %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation>选项 --%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <source>available (%1 device(s))</source>
        <translation>可用（%1 个设备）</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>tessera %1 (Qt %2, LibTorch %3, OpenCV %4)
%5
</source>
        <translation>tessera %1（Qt %2，LibTorch %3，OpenCV %4）
%5
</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;, expected auto, %2</source>
        <translation>未知格式“%1”，应为 auto、%2</translation>
    </message>
    <message>
        <source>%1: not enough memory to read this graph</source>
        <translation>%1：内存不足，无法读取此图谱</translation>
    </message>
    <message>
        <source>compute: %1, %2 CPU threads, BLAS %3, CUDA %4</source>
        <translation>计算设备：%1，%2 个 CPU 线程，BLAS %3，CUDA %4</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>unknown command or no such graph: %1 (tessera help lists the commands)</source>
        <translation>未知命令或不存在的图谱：%1（tessera help 列出全部命令）</translation>
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
        <translation>Tessera %1 — 多模态知识图谱及其上训练的模型的浏览与分析工具

用法：
  tessera                      在内置的示例图谱、其模型及该模型读取的 token 上
                               打开窗口
  tessera PATH [--model M] [--tokens DIR]
                               在指定图谱上打开窗口（Tessera 包或公开格式），
                               可附带在其上训练的 MyGO 模型用于链接预测，
                               以及它的 token 文件夹（tessera tokenize --out）
  tessera SUBCOMMAND ...       无界面运行

子命令：
  info GRAPH [--json] [--format NAME] [--verify-images]
        统计：实体、关系、各划分的三元组、图像、无图像或无文本的实体，
        以及检测到的格式
  import --from FORMAT SRC --out BUNDLE
        将公开格式转换为 Tessera 包（FORMAT：auto、bundle、mygo、
        alignment、labelled-triples）
  tokenize --graph G --out DIR [--grid 14] [--levels 4] [--text-from label,description]
        [--train-visual [--codebook-size 1024] [--epochs 10] [--no-reset] [--no-ema]
        [--shared-codebook | --text-codebook] ...] [--resume DIR] [--visual-tokenizer DIR]
        为 MyGO 生成 token：图像编码（色块编码，或用 --train-visual 学习、
        用 --visual-tokenizer 应用的 VQ 分词器），文本按图谱词表或 BERT 词片
        （--text-tokenizer wordpiece）分词，或让两种模态共用一个学习到的码本
        （--shared-codebook，仿 Uni-Code），并附带冻结的嵌入表
        （train mygo --visual-tokens DIR/visual-tokens.json ...）；--resume DIR 继续训练
        token 文件夹中的分词器（仅图像或共享码本），直到 --epochs
  wordpiece [--json] [--vocab vocab.txt] [TEXT...]
        每段文本的 BERT uncased 词片及其 id（未给 TEXT 时读标准输入），
        不含 [CLS]/[SEP]
  codebook-stats --graph G --tokens DIR [--json] [--top 10]
        token 文件夹中各模态码本的使用情况：已用与失效的码、困惑度、
        前 k 质量、基尼系数、每个码的计数（--json）
  train mygo --graph G --out MODEL [options]
        训练 MyGO 链接预测模型（tessera train mygo --help 列出全部选项）
  render entity|neighbourhood|ranking|window --graph G --entity KEY --out FILE.png|svg
        [--width W] [--height H] [--depth N] [--model M] [--relation R] [--heads]
        [--filtered] [--k 10] [--mask-visual] [--mask-text]
        [--tab candidates|attention|masking] [--csv FILE.csv] [--debug-overlay]
        无界面绘制视图（window：整个主窗口，仅 PNG，给出 --model 时含模型的排名；
        ranking：链接预测面板，需要 --model；其标签页：候选列表、上下文编码器对该查询的
        注意力、该关系的测试查询在有无图像和文本时的排名）
  render tokens|codebook --graph G --tokens DIR [--entity KEY] --out FILE.png|svg
        [--modality visual|text] [--log-y] [--csv FILE.csv]
        绘制某实体的 Tokens 视图或 token 文件夹的码本视图（--csv：
        每个码的计数）
  render attention --graph G --model M --entity KEY --out FILE.png|svg
        [--layer L --head H | --rollout [--fusion mean|max] | --last-layer]
        [--input full|no-image|no-text] [--tokens DIR] [--csv FILE.csv]
        注意力视图：实体编码器的注意力图；给出 --tokens 时，图像和文本按 [CLS]
        给每个保留 token 的注意力着色（--csv：该图的数值）
  render embedding --graph G --model M --out FILE.png|svg [--method pca|tsne]
        [--colour prefix|image|triples|modality|code] [--tokens DIR] [--entity KEY]
        [--what entities|relations] [--csv FILE.csv]
        嵌入映射图：实体表示的二维投影，--entity 所指实体及其余弦最近邻以圆圈标出
        （--csv：key、label、x、y、group）
  render shares --graph G --model M --out FILE.png|svg [--rollout]
        [--slot structure|visual|text|self] [--entity KEY] [--csv FILE.csv]
        模态占比：全部实体上 [CLS] 对结构、图像和文本的注意力（箱线图），以及 --slot
        占比最大的实体（--csv：每个实体的占比）
  render alignment --workspace W --model M --entity KEY [--side a|b] [--k 10]
        [--candidates all|test] [--csv FILE.csv]
        单个实体的候选对应排名：CSLS、相似度以及每个模态一条相似度条
  render meta-weights --workspace W --model M [--entity KEY] [--modality img|rel|...]
        MEAformer 的模态元权重：条形图、箱线图、按主导模态统计的 Hits@1
  render alignment-window --workspace W --model M [--entity KEY] [--side a|b]
        [--candidates all|test] [--filter all|test|seed|wrong|accepted|unpaired]
        按图形界面所示渲染整个对齐工作区窗口（PNG）
  import-model --from mygo-reference DIR --out MODEL [--graph G]
        将参考实现的 MyGO 检查点文件夹（config.json、weights.safetensors 或
        PyTorch .pth state dict、inputs.safetensors）转换为 Tessera 模型文件夹，
        可选绑定到某个图谱
  import-model --from meaformer-reference DIR --out MODEL
        将参考实现的 MEAformer 文件夹（config.json、weights.safetensors、
        inputs.safetensors、EVA 格式的 kg/）转换为绑定到 kg/ 两个图谱的模型
  evaluate --graph G --model M [--split test|valid] [--json] [--device auto|cpu|cuda]
        过滤设置下的 MR、MRR、Hits@1/3/10（头、尾、双向；参考排名与现实排名）
  evaluate --workspace W --model M [--candidates test|all] [--csls-k K] [--json]
        在工作区测试对上评估实体对齐：双向的 Hits@1/10、MRR、MR，含与不含 CSLS
        （all：与另一图谱的全部实体比较）
  align --workspace W --model M --entity KEY [--side a|b] [--k 10] [--candidates all|test]
        [--csls-k K] [--json]
        单个实体的候选对应排名，含 CSLS 分数与各模态相似度
  predict --graph G --model M --relation R (--head X | --tail X) [--k 10] [--json]
        [--filtered] [--mask-visual] [--mask-text]
        单个查询的候选排名，已知答案会标注其所在划分
  dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors
        [--entities KEY,KEY] [--split test]
        导出原始张量，用于分析与一致性检查
  dump --workspace W --model M --what meta-weights|fused|modal --out F.safetensors
        导出对齐模型的元权重 [N, M]、融合嵌入或各模态嵌入
  embed --graph G --model M [--method pca|tsne] [--what entities|relations] --out F.csv
        [--perplexity 30] [--iterations 1000] [--seed 1] [--threads 2]
        模型表示的二维投影（PCA 或 Barnes-Hut t-SNE），输出 key,label,x,y

选项：
  -h, --help       显示本帮助
  -V, --version    Tessera 及其依赖库的版本，以及计算设备

退出码：0 成功，2 输入有误（stderr 输出一行：文件、行号、问题），1 内部错误。
数据格式说明见 core/io/FORMATS.md。
</translation>
    </message>
</context>
<context>
    <name>DatasetLoadWorker</name>
    <message>
        <source>%1: not enough memory to read this graph</source>
        <translation>%1：内存不足，无法读取此图谱</translation>
    </message>
</context>
<context>
    <name>DumpCommand</name>
    <message>
        <source>dump: expected tessera dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors</source>
        <translation>dump：用法为 tessera dump --graph G --model M --what entity-reps|attention|scores --out F.safetensors</translation>
    </message>
    <message>
        <source>dump: unknown --what &apos;%1&apos;, expected entity-reps, attention or scores</source>
        <translation>dump：未知的 --what “%1”，应为 entity-reps、attention 或 scores</translation>
    </message>
    <message>
        <source>dump: --entities applies to --what attention only</source>
        <translation>dump：--entities 仅适用于 --what attention</translation>
    </message>
    <message>
        <source>dump: unknown split &apos;%1&apos;, expected train, valid or test</source>
        <translation>dump：未知的数据划分“%1”，应为 train、valid 或 test</translation>
    </message>
    <message>
        <source>dump: --split applies to --what scores only</source>
        <translation>dump：--split 仅适用于 --what scores</translation>
    </message>
    <message>
        <source>ent_embs [%1, %2], rel_embs [%3, %2]</source>
        <translation>ent_embs [%1, %2]，rel_embs [%3, %2]</translation>
    </message>
    <message>
        <source>dump: unknown entity key &apos;%1&apos; in %2</source>
        <translation>dump：%2 中没有键为“%1”的实体</translation>
    </message>
    <message>
        <source>dump: --entities lists no entity</source>
        <translation>dump：--entities 未列出任何实体</translation>
    </message>
    <message>
        <source>cmee_attn_weights [%1, %2, %3, %4, %4] for %2 entities</source>
        <translation>cmee_attn_weights [%1, %2, %3, %4, %4]，共 %2 个实体</translation>
    </message>
    <message>
        <source>%1: the %2 split has no triples</source>
        <translation>%1：%2 划分中没有三元组</translation>
    </message>
    <message>
        <source>%1_tail_scores and %1_head_scores [%2, %3], queries and triples [%2, 3]</source>
        <translation>%1_tail_scores 与 %1_head_scores [%2, %3]，查询与三元组 [%2, 3]</translation>
    </message>
    <message>
        <source>wrote %1: %2
</source>
        <translation>已写入 %1：%2
</translation>
    </message>
</context>
<context>
    <name>EmbedCommand</name>
    <message>
        <source>embed: --%1 must be %2 from %3 to %4, got &apos;%5&apos;</source>
        <translation>embed：--%1 必须是 %3 到 %4 之间的%2，实际为“%5”</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数</translation>
    </message>
    <message>
        <source>embed: expected tessera embed --graph G --model M [--method pca|tsne] [--what entities|relations] --out F.csv</source>
        <translation>embed：用法为 tessera embed --graph G --model M [--method pca|tsne] [--what entities|relations] --out F.csv</translation>
    </message>
    <message>
        <source>embed: unknown --method &apos;%1&apos;, expected pca or tsne</source>
        <translation>embed：未知的 --method“%1”，应为 pca 或 tsne</translation>
    </message>
    <message>
        <source>embed: unknown --what &apos;%1&apos;, expected entities or relations</source>
        <translation>embed：未知的 --what“%1”，应为 entities 或 relations</translation>
    </message>
    <message>
        <source>embed: --perplexity and --iterations apply to --method tsne only</source>
        <translation>embed：--perplexity 与 --iterations 仅适用于 --method tsne</translation>
    </message>
    <message>
        <source>PCA: the two directions explain %1 % and %2 % of the variance</source>
        <translation>PCA：两个主方向分别解释 %1 % 和 %2 % 的方差</translation>
    </message>
    <message>
        <source>embed: t-SNE needs at least 4 points, %1 has %2 %3</source>
        <translation>embed：t-SNE 至少需要 4 个点，%1 只有 %2 个 %3</translation>
    </message>
    <message>
        <source>t-SNE: perplexity %1, %2 neighbours, %3 iterations, KL divergence %4</source>
        <translation>t-SNE：困惑度 %1，%2 个近邻，%3 次迭代，KL 散度 %4</translation>
    </message>
    <message>
        <source>embed: cannot write %1: %2</source>
        <translation>embed：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 in 2-D → %3 (%4 s). %5
</source>
        <translation>%1 个 %2 的二维坐标 → %3（%4 秒）。%5
</translation>
    </message>
    <message>
        <source>nearest neighbours</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <source>affinities</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>optimising</source>
        <translation>优化</translation>
    </message>
    <message>
        <source>t-SNE: %1 %2/%3</source>
        <translation>t-SNE：%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>EmbeddingColouring</name>
    <message>
        <source>0 triples</source>
        <translation>0 个三元组</translation>
    </message>
    <message>
        <source>%1–%2 triples</source>
        <translation>%1–%2 个三元组</translation>
    </message>
    <message>
        <source>(no prefix)</source>
        <translation>（无前缀）</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>有图像</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>无图像</translation>
    </message>
    <message>
        <source>no visual tokens</source>
        <translation>无视觉 token</translation>
    </message>
    <message>
        <source>(no token folder open)</source>
        <translation>（未打开 token 文件夹）</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>码 %1</translation>
    </message>
    <message>
        <source>(not measured yet)</source>
        <translation>（尚未测量）</translation>
    </message>
    <message>
        <source>image gets the most</source>
        <translation>图像占比最大</translation>
    </message>
    <message>
        <source>text gets the most</source>
        <translation>文本占比最大</translation>
    </message>
    <message>
        <source>structure gets the most</source>
        <translation>结构占比最大</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 dominates</source>
        <translation>%1 占主导</translation>
    </message>
</context>
<context>
    <name>EmbeddingRendering</name>
    <message>
        <source>--method must be pca or tsne, got &apos;%1&apos;</source>
        <translation>--method 必须是 pca 或 tsne，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the map could not be computed</source>
        <translation>%1：无法计算该映射图</translation>
    </message>
    <message>
        <source>Entity representations of %1</source>
        <translation>%1 的实体表示</translation>
    </message>
    <message>
        <source>--colour must be prefix, image, triples, modality or code, got &apos;%1&apos;</source>
        <translation>--colour 必须是 prefix、image、triples、modality 或 code，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--what must be entities or relations, got &apos;%1&apos;</source>
        <translation>--what 必须是 entities 或 relations，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--colour code needs --tokens DIR (a folder tessera tokenize wrote)</source>
        <translation>--colour code 需要 --tokens DIR（tessera tokenize 写出的文件夹）</translation>
    </message>
</context>
<context>
    <name>EntityPalette</name>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EntityResolver</name>
    <message>
        <source>&apos;%1&apos; names %2 entities of %3; give one of their keys: %4%5</source>
        <translation>“%1”对应 %3 中的 %2 个实体；请给出其中一个的键：%4%5</translation>
    </message>
    <message>
        <source>, … (%1 more)</source>
        <translation>，……（另有 %1 个）</translation>
    </message>
    <message>
        <source>no entity of %1 has the key, label or alias &apos;%2&apos;</source>
        <translation>%1 中没有键、名称或别名为“%2”的实体</translation>
    </message>
    <message>
        <source> (did you mean: %1?)</source>
        <translation>（您是否要找：%1？）</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>%1: an alignment data set holds two graphs; link prediction needs one graph</source>
        <translation>%1：对齐数据集包含两个图谱，链接预测只需要一个图谱</translation>
    </message>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation>%1：无法加载模型：%2</translation>
    </message>
    <message>
        <source>evaluate: unknown split &apos;%1&apos;, expected test or valid</source>
        <translation>evaluate：未知的数据划分“%1”，应为 test 或 valid</translation>
    </message>
    <message>
        <source>%1: the %2 split has no triples to evaluate</source>
        <translation>%1：%2 划分中没有可评估的三元组</translation>
    </message>
    <message>
        <source>MyGO link prediction on %1, %2 split: %3 triples, %4 filtered ranks
</source>
        <translation>MyGO 链接预测，图谱 %1，%2 划分：%3 个三元组，%4 个过滤后排名
</translation>
    </message>
    <message>
        <source>reference rank (ties split in half, as zjukg/MyGO counts them):
</source>
        <translation>参考排名（并列者计一半，与 zjukg/MyGO 的计法相同）：
</translation>
    </message>
    <message>
        <source>both</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>head</source>
        <translation>头实体</translation>
    </message>
    <message>
        <source>tail</source>
        <translation>尾实体</translation>
    </message>
    <message>
        <source>realistic rank (mean of optimistic and pessimistic rank, as PyKEEN reports it):
</source>
        <translation>现实排名（乐观与悲观排名的平均值，与 PyKEEN 的报告方式相同）：
</translation>
    </message>
    <message>
        <source>time: %1 s entity representations + %2 s scoring and ranking on %3 (%4 CPU threads); per-relation breakdown with --json
</source>
        <translation>耗时：实体表示 %1 秒 + 打分与排名 %2 秒，设备 %3（%4 个 CPU 线程）；使用 --json 查看按关系的细分
</translation>
    </message>
    <message>
        <source>evaluating: %1 / %2 queries</source>
        <translation>正在评估：%1 / %2 个查询</translation>
    </message>
    <message>
        <source>popularity baseline (each relation&apos;s answers ranked by how often they answer it in train):
</source>
        <translation>流行度基线（按各关系的答案在训练集中出现的次数排名）：
</translation>
    </message>
    <message>
        <source>the model&apos;s MRR is %1× the baseline&apos;s
</source>
        <translation>模型的 MRR 是基线的 %1 倍
</translation>
    </message>
    <message>
        <source>evaluate: expected tessera evaluate --graph G --model M [--split test|valid] [--json], or --workspace W --model M for an alignment model</source>
        <translation>evaluate：用法为 tessera evaluate --graph G --model M [--split test|valid] [--json]；对齐模型请用 --workspace W --model M</translation>
    </message>
</context>
<context>
    <name>ExpandEntityCommand</name>
    <message>
        <source>Expand %1</source>
        <translation>展开 %1</translation>
    </message>
</context>
<context>
    <name>FocusEntityCommand</name>
    <message>
        <source>Focus %1</source>
        <translation>聚焦 %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import: expected tessera import --from FORMAT SRC --out BUNDLE</source>
        <translation>import：用法为 tessera import --from FORMAT SRC --out BUNDLE</translation>
    </message>
    <message>
        <source>wrote %1 (%2 graph(s), from %3 format)
</source>
        <translation>已写入 %1（%2 个图谱，源格式 %3）
</translation>
    </message>
</context>
<context>
    <name>ImportModelCommand</name>
    <message>
        <source>%1: an alignment data set holds two graphs; a MyGO model belongs to one</source>
        <translation>%1：对齐数据集包含两个图谱，而一个 MyGO 模型只属于一个图谱</translation>
    </message>
    <message>
        <source>wrote %1 (MyGO: %2 entities, %3 relations, dim %4, %5 visual + %6 text tokens per entity)
</source>
        <translation>已写入 %1（MyGO：%2 个实体，%3 个关系，维度 %4，每个实体 %5 个视觉 + %6 个文本 token）
</translation>
    </message>
    <message>
        <source>bound to graph &apos;%1&apos;
</source>
        <translation>已绑定到图谱“%1”
</translation>
    </message>
    <message>
        <source>import-model: cannot create a temporary folder for converting %1</source>
        <translation>import-model：无法创建用于转换 %1 的临时文件夹</translation>
    </message>
    <message>
        <source>wrote %1 (MEAformer: %2 + %3 entities, modalities %4, hidden %5, %6 fusion layer(s) × %7 head(s), %8 training pairs)
</source>
        <translation>已写入 %1（MEAformer：%2 + %3 个实体，模态 %4，隐藏维度 %5，%6 个融合层 × %7 个头，%8 个训练对）
</translation>
    </message>
    <message>
        <source>import-model: expected tessera import-model --from mygo-reference DIR --out MODEL [--graph G], or --from meaformer-reference DIR --out MODEL</source>
        <translation>import-model：用法为 tessera import-model --from mygo-reference DIR --out MODEL [--graph G]，或 --from meaformer-reference DIR --out MODEL</translation>
    </message>
    <message>
        <source>import-model: --graph applies to mygo-reference; a MEAformer reference folder carries its two graphs in kg/</source>
        <translation>import-model：--graph 只适用于 mygo-reference；MEAformer 参考文件夹的两个图谱在 kg/ 中</translation>
    </message>
    <message>
        <source>import-model: unknown source format &apos;%1&apos;, expected mygo-reference or meaformer-reference</source>
        <translation>import-model：未知的来源格式“%1”，应为 mygo-reference 或 meaformer-reference</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>  entities    %1
</source>
        <translation>  实体        %1
</translation>
    </message>
    <message>
        <source>  relations   %1
</source>
        <translation>  关系        %1
</translation>
    </message>
    <message>
        <source>  triples     %1 (train %2, valid %3, test %4)
</source>
        <translation>  三元组      %1（训练 %2，验证 %3，测试 %4）
</translation>
    </message>
    <message>
        <source>  images      %1 on %2 entities; %3 entities without image, %4 without text
</source>
        <translation>  图像        %1 张，分属 %2 个实体；%3 个实体无图像，%4 个无文本
</translation>
    </message>
    <message>
        <source>  quirks      %1 self-loops, %2 duplicate triples, %3 isolated entities
</source>
        <translation>  特殊情况    %1 个自环，%2 个重复三元组，%3 个孤立实体
</translation>
    </message>
    <message>
        <source>  warnings    %1
</source>
        <translation>  警告        %1
</translation>
    </message>
    <message>
        <source>    … and %1 more (see --json)
</source>
        <translation>    ……另有 %1 条（见 --json）
</translation>
    </message>
    <message>
        <source>info: expected one graph path (tessera info GRAPH [--json])</source>
        <translation>info：需要一个图谱路径（tessera info GRAPH [--json]）</translation>
    </message>
    <message>
        <source>%1 — format: %2
</source>
        <translation>%1 — 格式：%2
</translation>
    </message>
    <message>
        <source>aligned pairs %1 (train %2, test %3)
</source>
        <translation>对齐实体对 %1（训练 %2，测试 %3）
</translation>
    </message>
</context>
<context>
    <name>LearnedVisualTokenizing</name>
    <message>
        <source>tessera: warning: %1; %2 is tokenized without it
</source>
        <translation>tessera：警告：%1；%2 将不含该图像进行分词
</translation>
    </message>
    <message>
        <source>after %1 unused batches</source>
        <translation>连续 %1 个批次未使用后</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>epoch %1/%2 [%3%4] %5/%6 loss %7  %8 images/s   </source>
        <translation>第 %1/%2 轮 [%3%4] %5/%6 损失 %7  %8 张图像/秒   </translation>
    </message>
    <message>
        <source>training a tokenizer with %1 on %2 images and %3 descriptions: %4 px, %5 px patches (%6 × %6 grid), %7 codes of width %8, EMA decay %9, dead-code reset %10; %11
</source>
        <translation>用%1训练分词器：%2 张图像、%3 条描述；%4 像素，%5 像素的图像块（%6 × %6 网格），%7 个宽度为 %8 的码，EMA 衰减 %9，死码重置 %10；%11
</translation>
    </message>
    <message>
        <source>one codebook shared by images and text (MM-EMA, 2:1 commitment, CMCM)</source>
        <translation>图像与文本共享的一个码本（MM-EMA、2:1 承诺损失、CMCM）</translation>
    </message>
    <message>
        <source>separate image and text codebooks</source>
        <translation>图像与文本各自的码本</translation>
    </message>
    <message>
        <source>epoch %1: loss %2 (image %3, text %4, commitment %5, CMCM %6); image perplexity %7, %8 codes; text perplexity %9, %10 codes; %11 resets, %12 s</source>
        <translation>第 %1 轮：损失 %2（图像 %3，文本 %4，承诺 %5，CMCM %6）；图像困惑度 %7，%8 个码；文本困惑度 %9，%10 个码；重置 %11 次，%12 秒</translation>
    </message>
    <message>
        <source>resuming the tokenizer in %1 after epoch %2, up to epoch %3 (its own settings; the optimizer&apos;s moments and the reset&apos;s random state as saved)
</source>
        <translation>从第 %2 轮之后继续训练 %1 中的分词器，直到第 %3 轮（沿用其自身设置；优化器的矩估计与重置的随机状态按保存时恢复）
</translation>
    </message>
    <message>
        <source>training a visual tokenizer on %1 images: %2 px, %3 px patches (%4 × %4 grid), %5 codes of width %6, %7, dead-code reset %8; %9
</source>
        <translation>在 %1 张图像上训练视觉分词器：%2 像素，%3 像素图块（%4 × %4 网格），%5 个宽度为 %6 的码，%7，失效码重置 %8；%9
</translation>
    </message>
    <message>
        <source>EMA decay %1</source>
        <translation>EMA 衰减 %1</translation>
    </message>
    <message>
        <source>codes learned by the codebook loss (no EMA)</source>
        <translation>码由码本损失学习（不用 EMA）</translation>
    </message>
    <message>
        <source>epoch %1: loss %2 (reconstruction %3, commitment %4%5), perplexity %6, usage %7 %, %8 dead codes, %9 resets, %10 s</source>
        <translation>第 %1 轮：损失 %2（重建 %3，承诺 %4%5），困惑度 %6，使用率 %7 %，失效码 %8 个，重置 %9 次，%10 秒</translation>
    </message>
    <message>
        <source>, codebook %1</source>
        <translation>，码本 %1</translation>
    </message>
</context>
<context>
    <name>ModelOpening</name>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation>%1：无法加载模型：%2</translation>
    </message>
    <message>
        <source>the %1 view needs --model MODEL</source>
        <translation>%1 视图需要 --model MODEL</translation>
    </message>
    <message>
        <source>%1 holds two graphs; the %2 view shows one</source>
        <translation>%1 包含两个图；%2 视图只显示一个</translation>
    </message>
</context>
<context>
    <name>MoreNodeItem</name>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
</context>
<context>
    <name>OffscreenWidget</name>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels
</source>
        <translation>%1：%2 × %3 像素
</translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>predict: unknown %1 key &apos;%2&apos; in %3</source>
        <translation>predict：%3 中没有键为“%2”的%1</translation>
    </message>
    <message>
        <source> (did you mean: %1?)</source>
        <translation>（您是否要找：%1？）</translation>
    </message>
    <message>
        <source>predict: expected tessera predict --graph G --model M --relation KEY and one of --head KEY (predict tails) or --tail KEY (predict heads)</source>
        <translation>predict：用法为 tessera predict --graph G --model M --relation KEY，并给出 --head KEY（预测尾实体）或 --tail KEY（预测头实体）之一</translation>
    </message>
    <message>
        <source>predict: --k must be a positive whole number, not &apos;%1&apos;</source>
        <translation>predict：--k 必须是正整数，而不是“%1”</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>tails of (%1, %2, ?)</source>
        <translation>(%1, %2, ?) 的尾实体</translation>
    </message>
    <message>
        <source>heads of (?, %1, %2)</source>
        <translation>(?, %1, %2) 的头实体</translation>
    </message>
    <message>
        <source>: %1 candidates, %2 known answer(s)%3</source>
        <translation>：%1 个候选，%2 个已知答案%3</translation>
    </message>
    <message>
        <source>, known answers left out</source>
        <translation>，已排除已知答案</translation>
    </message>
    <message>
        <source>, as if %1 had no image and no text</source>
        <translation>，假设 %1 没有图像也没有文本</translation>
    </message>
    <message>
        <source>, as if %1 had no image</source>
        <translation>，假设 %1 没有图像</translation>
    </message>
    <message>
        <source>, as if %1 had no text</source>
        <translation>，假设 %1 没有文本</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>%1 #%2 (%3)</source>
        <translation>%1 第 %2 名（%3）</translation>
    </message>
    <message>
        <source>%1 more (--json lists all)</source>
        <translation>另有 %1 个（--json 列出全部）</translation>
    </message>
    <message>
        <source>known answers, filtered rank: %1
</source>
        <translation>已知答案的过滤后排名：%1
</translation>
    </message>
    <message>
        <source>known answers, rank: %1
</source>
        <translation>已知答案的排名：%1
</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>render takes one view, got &apos;%1&apos;</source>
        <translation>render 只接受一个视图，收到的是“%1”</translation>
    </message>
    <message>
        <source>render needs --out FILE.png or FILE.svg</source>
        <translation>render 需要 --out FILE.png 或 FILE.svg</translation>
    </message>
    <message>
        <source>%1: --out must end in .png or .svg</source>
        <translation>%1：--out 必须以 .png 或 .svg 结尾</translation>
    </message>
    <message>
        <source>render needs --graph PATH</source>
        <translation>render 需要 --graph PATH</translation>
    </message>
    <message>
        <source>render needs --entity KEY</source>
        <translation>render 需要 --entity KEY</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers from %1 to %2</source>
        <translation>--width 和 --height 必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>--depth must be 1, 2 or 3</source>
        <translation>--depth 必须是 1、2 或 3</translation>
    </message>
    <message>
        <source>no entity with key &apos;%1&apos; in graph &apos;%2&apos; (%3)</source>
        <translation>图谱“%2”（%3）中没有键为“%1”的实体</translation>
    </message>
    <message>
        <source>the window view renders to PNG only</source>
        <translation>window 视图只能渲染为 PNG</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels
</source>
        <translation>%1：%2 × %3 像素
</translation>
    </message>
    <message>
        <source>MyGO · dim %1 · %2</source>
        <translation>MyGO · 维度 %1 · %2</translation>
    </message>
    <message>
        <source>no relation with key &apos;%1&apos; in graph &apos;%2&apos;</source>
        <translation>图谱“%2”中没有键为“%1”的关系</translation>
    </message>
    <message>
        <source>the ranking view needs --model MODEL</source>
        <translation>ranking 视图需要 --model MODEL</translation>
    </message>
    <message>
        <source>--k must be a whole number from 1 to 1000</source>
        <translation>--k 必须是 1 到 1000 之间的整数</translation>
    </message>
    <message>
        <source>%1 holds two graphs; the codebook view shows one</source>
        <translation>%1 含两个图谱；码本视图只显示一个</translation>
    </message>
    <message>
        <source>--modality must be visual or text, got &apos;%1&apos;</source>
        <translation>--modality 必须是 visual 或 text，得到的是“%1”</translation>
    </message>
    <message>
        <source>Codebook of %1</source>
        <translation>%1 的码本</translation>
    </message>
    <message>
        <source>the %1 view needs --tokens DIR (a folder tessera tokenize wrote)</source>
        <translation>%1 视图需要 --tokens DIR（tessera tokenize 写出的文件夹）</translation>
    </message>
    <message>
        <source>unknown --tab &apos;%1&apos; (expected candidates, attention or masking)</source>
        <translation>未知的 --tab &apos;%1&apos;（应为 candidates、attention 或 masking）</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; has no relation to rank on that side</source>
        <translation>实体 &apos;%1&apos; 在该方向上没有可排序的关系</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected entity, neighbourhood, ranking, window, tokens, codebook, attention, embedding, shares, alignment, meta-weights or alignment-window)</source>
        <translation>未知视图“%1”（应为 entity、neighbourhood、ranking、window、tokens、codebook、attention、embedding、shares、alignment、meta-weights 或 alignment-window）</translation>
    </message>
    <message>
        <source>render needs a view: entity, neighbourhood, ranking, window, tokens, codebook, attention, embedding, shares, alignment, meta-weights or alignment-window</source>
        <translation>render 需要指定视图：entity、neighbourhood、ranking、window、tokens、codebook、attention、embedding、shares、alignment、meta-weights 或 alignment-window</translation>
    </message>
</context>
<context>
    <name>SharesRendering</name>
    <message>
        <source>--slot must be structure, visual, text or self, got &apos;%1&apos;</source>
        <translation>--slot 必须是 structure、visual、text 或 self，得到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Modality shares of %1</source>
        <translation>%1 的模态占比</translation>
    </message>
</context>
<context>
    <name>ShowMoreCommand</name>
    <message>
        <source>Show more of %1</source>
        <translation>显示 %1 的更多邻居</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>%1: cannot decode image</source>
        <translation>%1：无法解码图像</translation>
    </message>
</context>
<context>
    <name>TokenizeCommand</name>
    <message>
        <source>tokenize: --%1 must be an integer from %2 to %3, got &apos;%4&apos;</source>
        <translation>tokenize：--%1 必须是 %2 到 %3 之间的整数，实际为“%4”</translation>
    </message>
    <message>
        <source>tokenize: unknown --text-from part &apos;%1&apos;, expected label, description or both</source>
        <translation>tokenize：未知的 --text-from 取值“%1”，应为 label、description 或两者</translation>
    </message>
    <message>
        <source>tokenize: --text-from needs label, description or both</source>
        <translation>tokenize：--text-from 需要 label、description 或两者</translation>
    </message>
    <message>
        <source>tokenize: %1 holds two graphs (an alignment data set); tokenize one</source>
        <translation>tokenize：%1 包含两个图谱（对齐数据集）；请对单个图谱分词</translation>
    </message>
    <message>
        <source>tokenize: --train-visual trains a new tokenizer, --visual-tokenizer applies one; give one of them</source>
        <translation>tokenize：--train-visual 训练新的分词器，--visual-tokenizer 应用已有的分词器；只能给出其中一个</translation>
    </message>
    <message>
        <source>tokenize: --lr must be a positive number, got &apos;%1&apos;</source>
        <translation>tokenize：--lr 必须是正数，得到的是“%1”</translation>
    </message>
    <message>
        <source>tessera: warning: %1: cannot decode (%2); %3 is tokenized without it</source>
        <translation>tessera：警告：%1：无法解码（%2）；%3 将不含该图像进行分词</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>学习得到的</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>色块</translation>
    </message>
    <message>
        <source>%1 undecodable image(s) left out; their entities were tokenized without them (warnings above)
</source>
        <translation>略过了 %1 张无法解码的图像；相应实体已在不含这些图像的情况下分词（见上方警告）
</translation>
    </message>
    <message>
        <source>interrupted: the tokenizer as trained so far and its tokens are in %1
</source>
        <translation>已中断：截至目前训练的分词器及其 token 保存在 %1
</translation>
    </message>
    <message>
        <source>tokenize: --text-tokenizer must be words or wordpiece, got &apos;%1&apos;</source>
        <translation>tokenize：--text-tokenizer 必须是 words 或 wordpiece，得到的是“%1”</translation>
    </message>
    <message>
        <source>wrote %1: visual tokens for %2 entities (%3 images, %4 of %5 %6 codes used); text tokens for %7 entities (%8 entries in the vocabulary)
</source>
        <translation>已写入 %1：%2 个实体的视觉 token（%3 张图像，%5 个%6码中用了 %4 个）；%7 个实体的文本 token（词表含 %8 项）
</translation>
    </message>
    <message>
        <source>tokenize: --shared-codebook learns one codebook for images and text, --text-codebook a separate one for text; give one of them</source>
        <translation>tokenize：--shared-codebook 为图像与文本学习一个码本，--text-codebook 为文本单独学习一个；请只给其中一个</translation>
    </message>
    <message>
        <source>tokenize: --shared-codebook and --text-codebook train a tokenizer; add --train-visual (a trained one is applied with --visual-tokenizer DIR)</source>
        <translation>tokenize：--shared-codebook 与 --text-codebook 用于训练分词器，请加上 --train-visual（已训练的分词器用 --visual-tokenizer DIR 应用）</translation>
    </message>
    <message>
        <source>tokenize: a tokenizer of images and text reads BERT word pieces; --text-tokenizer %1 does not apply</source>
        <translation>tokenize：图像与文本的分词器读取 BERT 词片；--text-tokenizer %1 不适用</translation>
    </message>
    <message>
        <source>tokenize: expected tessera tokenize --graph G --out DIR [--grid 14] [--levels 4] [--visual-width 32] [--text-width 64] [--min-entities 2] [--text-from label,description] [--train-visual [--codebook-size 1024] [--epochs 10] [--seed 2024] [--no-reset] [--no-ema] ...] [--resume DIR] [--visual-tokenizer DIR]</source>
        <translation>tokenize：用法为 tessera tokenize --graph G --out DIR [--grid 14] [--levels 4] [--visual-width 32] [--text-width 64] [--min-entities 2] [--text-from label,description] [--train-visual [--codebook-size 1024] [--epochs 10] [--seed 2024] [--no-reset] [--no-ema] ...] [--resume DIR] [--visual-tokenizer DIR]</translation>
    </message>
    <message>
        <source>tokenize: --resume goes on training a tokenizer, --visual-tokenizer applies one; give one of them</source>
        <translation>tokenize：--resume 继续训练分词器，--visual-tokenizer 应用分词器；请只给其中一个</translation>
    </message>
    <message>
        <source>tokenize: --no-ema trains an image-only tokenizer; a codebook of images and text learns by MM-EMA, which is what --shared-codebook compares</source>
        <translation>tokenize：--no-ema 只训练纯图像分词器；图像与文本的码本靠 MM-EMA 学习，这正是 --shared-codebook 要比较的</translation>
    </message>
    <message>
        <source>tokenize: --no-ema is a training option; add --train-visual</source>
        <translation>tokenize：--no-ema 是训练选项；请加上 --train-visual</translation>
    </message>
    <message>
        <source>tokenize: --resume continues a tokenizer with its own settings (a tokenizer of images and text stays one); --shared-codebook and --text-codebook do not apply</source>
        <translation>tokenize：--resume 按分词器自身的设置继续训练（图像与文本的分词器仍是图像与文本的分词器）；--shared-codebook 与 --text-codebook 不适用</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>train: --%1 expects a number, got &apos;%2&apos;</source>
        <translation>train：--%1 需要一个数字，收到的是“%2”</translation>
    </message>
    <message>
        <source>train: --%1-tokens and --%1-table go together</source>
        <translation>train：--%1-tokens 与 --%1-table 必须同时给出</translation>
    </message>
    <message>
        <source>train: --graph and --out are required (tessera train mygo --help)</source>
        <translation>train：必须给出 --graph 和 --out（见 tessera train mygo --help）</translation>
    </message>
    <message>
        <source>train: --epochs and --batch must be positive</source>
        <translation>train：--epochs 和 --batch 必须为正数</translation>
    </message>
    <message>
        <source>train: %1 holds two graphs (an alignment data set); link prediction trains on one</source>
        <translation>train：%1 包含两个图谱（对齐数据集）；链接预测只在一个图谱上训练</translation>
    </message>
    <message>
        <source>resuming at epoch %1, batch %2
</source>
        <translation>从第 %1 轮、第 %2 批继续训练
</translation>
    </message>
    <message>
        <source>nothing to resume in %1/last; starting fresh
</source>
        <translation>%1/last 中没有可继续的状态；从头开始训练
</translation>
    </message>
    <message>
        <source>training MyGO on %1: %2 entities, %3 relations, %4 train triples; dim %5, V=%6, T=%7; %8, %9 threads
</source>
        <translation>在 %1 上训练 MyGO：%2 个实体，%3 个关系，%4 个训练三元组；维度 %5，V=%6，T=%7；%8，%9 个线程
</translation>
    </message>
    <message>
        <source>epoch %1/%2 [%3%4] %5/%6 loss %7  %8 triples/s  lr %9  ETA %10   </source>
        <translation>第 %1/%2 轮 [%3%4] %5/%6 损失 %7  %8 三元组/秒  学习率 %9  剩余 %10   </translation>
    </message>
    <message>
        <source>epoch %1: loss %2, %3 s</source>
        <translation>第 %1 轮：损失 %2，%3 秒</translation>
    </message>
    <message>
        <source>, valid filtered MRR %1%2</source>
        <translation>，验证集过滤 MRR %1%2</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation>（最佳）</translation>
    </message>
    <message>
        <source>
interrupted: state saved to %1/last; continue with --resume
</source>
        <translation>
已中断：状态已保存到 %1/last；使用 --resume 继续
</translation>
    </message>
    <message>
        <source>done: best valid filtered MRR %1; model in %2/best
</source>
        <translation>完成：最佳验证集过滤 MRR %1；模型位于 %2/best
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
        <translation>用法：tessera train mygo --graph G --out MODEL [options]

模型（参考实现的默认值）：
  --dim 256  --heads 2  --ffn 200  --enc-layers 1  --dec-layers 2
  --dropout 0.01  --emb-dropout 0.9  --vis-dropout 0.4  --txt-dropout 0.1
Token（缺省 = 仅使用结构）：
  --visual-tokens FILE.json --visual-table F.safetensors[:TENSOR] --max-visual 8
  --text-tokens FILE.json --text-table F.safetensors[:TENSOR] --max-text 8
训练：
  --epochs 100  --batch 2048  --lr 0.001  --mu 0.01（FGCL 权重）  --clip 0.1
  --t0 50  --t-mult 2（余弦退火热重启）  --smoothing 0  --decay 0
  --valid-every 10  --checkpoint-every 10  --seed 2024  --device auto|cpu|cuda
  --threads N     CPU 线程数（默认：全部核心）
  --resume        从 MODEL/last 继续训练（Ctrl-C 会先保存）

在验证集（VALID）上表现最好的模型保存在 MODEL/best（参考实现按测试集挑选）。
</translation>
    </message>
    <message>
        <source>train: --threads must be 0 (every core) or more</source>
        <translation>train：--threads 必须为 0（全部核心）或更大</translation>
    </message>
    <message>
        <source>train: expected &apos;tessera train mygo ...&apos; or &apos;tessera train meaformer ...&apos;</source>
        <translation>train：用法为“tessera train mygo ...”或“tessera train meaformer ...”</translation>
    </message>
</context>
<context>
    <name>WordpieceCommand</name>
    <message>
        <source>wordpiece: %1</source>
        <translation>wordpiece：%1</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <source>%1: a workspace holds two graphs and the pairs that align them (the EVA / MEAformer folder of ent_ids_1, ent_ids_2, triples_1, triples_2, ill_ent_ids); this is one graph</source>
        <translation>%1：工作区包含两个图谱及其对齐实体对（EVA / MEAformer 文件夹：ent_ids_1、ent_ids_2、triples_1、triples_2、ill_ent_ids）；这是单个图谱</translation>
    </message>
    <message>
        <source>%1: a %2 model predicts links in one graph; pass it with --graph, not --workspace</source>
        <translation>%1：%2 模型在单个图谱中预测链接；请用 --graph 而不是 --workspace 传入</translation>
    </message>
    <message>
        <source>%1: cannot load the model: %2</source>
        <translation>%1：无法加载模型：%2</translation>
    </message>
    <message>
        <source>%1 of the workspace&apos;s test pairs were training pairs of this model: its test figures are optimistic</source>
        <translation>工作区中有 %1 个测试对是该模型的训练对：其测试结果偏乐观</translation>
    </message>
</context>
<context>
    <name>tessera</name>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1：无法写入文件（%2）</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentCandidatesView</name>
    <message>
        <source>Select an entity of either graph to see its ranked counterparts in the other.</source>
        <translation>在任一图谱中选择一个实体，查看它在另一图谱中的候选对应排名。</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 — counterparts in %3, CSLS over %n candidates</source>
        <translation>
            <numerusform>%2 中的 %1 —— 在 %3 中的对应，CSLS，共 %n 个候选</numerusform>
        </translation>
    </message>
    <message>
        <source>meta-weights: how much each modality counts for this entity</source>
        <translation>元权重：各模态对该实体的重要程度</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>CSLS</source>
        <translation>CSLS</translation>
    </message>
    <message>
        <source>sim.</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>✓ true counterpart</source>
        <translation>✓ 真实对应</translation>
    </message>
    <message>
        <source>in a seed pair</source>
        <translation>在种子对中</translation>
    </message>
    <message>
        <source>in a test pair</source>
        <translation>在测试对中</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The workspace pairs this entity with nothing.</source>
        <translation>工作区中没有与该实体配对的实体。</translation>
    </message>
    <message>
        <source>True counterpart (%1 pair) %2: rank %3 by CSLS, %4 by plain similarity.</source>
        <translation>真实对应（%1对）%2：按 CSLS 排第 %3，按普通相似度排第 %4。</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>%1 · accepted</source>
        <translation>%1 · 已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 · rejected</source>
        <translation>%1 · 已拒绝</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentGraphPane</name>
    <message>
        <source>Neighbourhood</source>
        <translation>邻域</translation>
    </message>
    <message>
        <source>Embedding map</source>
        <translation>嵌入映射图</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentPairsModel</name>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Where the model ranks the true counterpart among the candidates (CSLS)</source>
        <translation>模型把真实对应实体排在候选中的第几位（CSLS）</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>已接受：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>已拒绝 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>实体对</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>对应实体</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Dominant modality</source>
        <translation>主导模态</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentSession</name>
    <message>
        <source>MEAformer · %1 · hidden %2 · %3 fusion layers × %4 heads</source>
        <translation>MEAformer · %1 · 隐藏维度 %2 · %3 个融合层 × %4 个头</translation>
    </message>
    <message>
        <source>MCLEA · %1 · hidden %2</source>
        <translation>MCLEA · %1 · 隐藏维度 %2</translation>
    </message>
    <message>
        <source> · %1, %2 threads</source>
        <translation> · %1，%2 个线程</translation>
    </message>
    <message>
        <source>Opening alignment model %1…</source>
        <translation>正在打开对齐模型 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Ranking the %n test pairs…</source>
        <translation>
            <numerusform>正在为 %n 个测试对排名…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking counterparts…</source>
        <translation>正在为候选对应排名…</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentWindow</name>
    <message>
        <source>Cannot open the alignment</source>
        <translation>无法打开对齐</translation>
    </message>
    <message>
        <source>Opening %1 with %2…</source>
        <translation>正在用 %2 打开 %1…</translation>
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
        <translation>%1 ↔ %2 — Tessera 实体对齐</translation>
    </message>
    <message>
        <source>%1 dominates</source>
        <translation>%1 占主导</translation>
    </message>
    <message>
        <source>against every entity of B</source>
        <translation>候选为 B 的全部实体</translation>
    </message>
    <message>
        <source>against the test pairs&apos; entities</source>
        <translation>候选为测试对中的实体</translation>
    </message>
    <message numerus="yes">
        <source>CSLS A → B, %n test pairs %1: Hits@1 %2 · Hits@10 %3 · MRR %4 · %5 wrong at rank 1 — </source>
        <translation>
            <numerusform>CSLS A → B，%n 个测试对，%1：Hits@1 %2 · Hits@10 %3 · MRR %4 · 第 1 名错误 %5 个 — </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n accepted</source>
        <translation>
            <numerusform> · 已接受 %n 对</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking the counterparts of %1…</source>
        <translation>正在为 %1 的候选对应排名…</translation>
    </message>
    <message numerus="yes">
        <source>Ranked %n candidates in %1 ms. Click a candidate, then Accept or Reject; double-click it to rank its own counterparts.</source>
        <translation>
            <numerusform>已在 %1 毫秒内为 %n 个候选排名。单击候选，再点“接受”或“拒绝”；双击候选可为它自己的对应排名。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>撤销判定 %1</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <source>no alignment is open</source>
        <translation>没有打开的对齐</translation>
    </message>
    <message>
        <source>Export Accepted Pairs</source>
        <translation>导出已接受的实体对</translation>
    </message>
    <message>
        <source>Pairs (*.tsv)</source>
        <translation>实体对 (*.tsv)</translation>
    </message>
    <message>
        <source>Cannot export the pairs</source>
        <translation>无法导出实体对</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n accepted pairs to %1</source>
        <translation>
            <numerusform>已将 %n 个已接受的实体对写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted pairs not exported</source>
        <translation>已接受的实体对尚未导出</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted pairs were not exported. Close the workspace anyway?</source>
        <translation>
            <numerusform>%n 个已接受的实体对尚未导出。仍要关闭工作区吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Tessera alignment</source>
        <translation>Tessera 实体对齐</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>对齐(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open Alignment…</source>
        <translation>打开对齐(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export Accepted Pairs…</source>
        <translation>导出已接受的实体对(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accept Candidate</source>
        <translation>接受候选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject Candidate</source>
        <translation>拒绝候选(&amp;R)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept the selected candidate as this entity&apos;s counterpart (undoable)</source>
        <translation>接受所选候选为该实体的对应实体（可撤销）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Mark the selected candidate as not this entity&apos;s counterpart (undoable)</source>
        <translation>将所选候选标记为不是该实体的对应实体（可撤销）</translation>
    </message>
    <message>
        <source>Export Accepted…</source>
        <translation>导出已接受…</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>候选：</translation>
    </message>
    <message>
        <source>every entity of the other graph</source>
        <translation>另一图谱的全部实体</translation>
    </message>
    <message>
        <source>the test pairs&apos; entities (the reference protocol)</source>
        <translation>测试对中的实体（参考实现的协议）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>all entities of A</source>
        <translation>A 的全部实体</translation>
    </message>
    <message>
        <source>test pairs</source>
        <translation>测试对</translation>
    </message>
    <message>
        <source>seed pairs</source>
        <translation>种子对</translation>
    </message>
    <message>
        <source>test pairs wrong at rank 1</source>
        <translation>第 1 名错误的测试对</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>in no pair</source>
        <translation>不在任何实体对中</translation>
    </message>
    <message>
        <source>Search names and keys</source>
        <translation>搜索名称和键</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>实体对</translation>
    </message>
    <message>
        <source>Meta-weights</source>
        <translation>元权重</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tessera::AlignmentWindowOpener</name>
    <message>
        <source>Open &amp;Alignment…</source>
        <translation>打开对齐(&amp;A)…</translation>
    </message>
    <message>
        <source>Open two graphs, their pairs and an alignment model (MEAformer, MCLEA) in an alignment workspace</source>
        <translation>在对齐工作区中打开两个图谱、它们的实体对和一个对齐模型（MEAformer、MCLEA）</translation>
    </message>
</context>
<context>
    <name>tessera::AttentionView</name>
    <message>
        <source>Hide below %1</source>
        <translation>隐藏低于 %1</translation>
    </message>
    <message>
        <source>key (what is read)</source>
        <translation>键（被读取的）</translation>
    </message>
    <message>
        <source>query (who reads)</source>
        <translation>查询（读取者）</translation>
    </message>
    <message>
        <source>No attention to show: open a MyGO model (File ▸ Open Model…) and focus an entity.</source>
        <translation>没有可显示的注意力：请打开 MyGO 模型（文件 ▸ 打开模型…）并聚焦一个实体。</translation>
    </message>
    <message>
        <source>%1: the cross-modal entity encoder&apos;s attention, %2 layer(s) × %3 head(s), %4 tokens</source>
        <translation>%1：跨模态实体编码器的注意力，%2 层 × %3 个头，%4 个 token</translation>
    </message>
    <message>
        <source>▶ L%1 H%2</source>
        <translation>▶ 第%1层 头%2</translation>
    </message>
    <message>
        <source>L%1 H%2</source>
        <translation>第%1层 头%2</translation>
    </message>
    <message>
        <source>full input</source>
        <translation>完整输入</translation>
    </message>
    <message>
        <source>as if it had no image</source>
        <translation>假设没有图像</translation>
    </message>
    <message>
        <source>as if it had no text</source>
        <translation>假设没有文本</translation>
    </message>
    <message>
        <source>Layer %1, head %2 — %3</source>
        <translation>第 %1 层，第 %2 个头 — %3</translation>
    </message>
    <message>
        <source>Rollout, heads averaged — %1</source>
        <translation>注意力展开（rollout），各头取平均 — %1</translation>
    </message>
    <message>
        <source>Rollout, heads by their maximum — %1</source>
        <translation>注意力展开（rollout），各头取最大值 — %1</translation>
    </message>
    <message>
        <source>[CLS] reads structure %1 %, image %2 %, text %3 % of what it takes from other tokens (itself: %4 % of its attention).</source>
        <translation>[CLS] 从其他 token 获取的注意力中，结构占 %1 %，图像占 %2 %，文本占 %3 %（自身占其注意力的 %4 %）。</translation>
    </message>
    <message>
        <source>One head</source>
        <translation>单个头</translation>
    </message>
    <message>
        <source>Rollout (mean of heads)</source>
        <translation>注意力展开（各头平均）</translation>
    </message>
    <message>
        <source>Rollout (max of heads)</source>
        <translation>注意力展开（各头最大）</translation>
    </message>
    <message>
        <source>Rollout (Abnar &amp; Zuidema 2020): each layer&apos;s heads fused, 0.5·A + 0.5·I, rows renormalised, multiplied over the layers</source>
        <translation>注意力展开（Abnar 与 Zuidema 2020）：每层各头融合，取 0.5·A + 0.5·I，按行重新归一化，再逐层相乘</translation>
    </message>
    <message>
        <source>Full input</source>
        <translation>完整输入</translation>
    </message>
    <message>
        <source>As if it had no image</source>
        <translation>假设没有图像</translation>
    </message>
    <message>
        <source>As if it had no text</source>
        <translation>假设没有文本</translation>
    </message>
    <message>
        <source>An ablation is drawn beside the full input</source>
        <translation>消融结果绘制在完整输入旁边</translation>
    </message>
    <message>
        <source>Cells with less attention are left blank</source>
        <translation>注意力低于阈值的单元格留空</translation>
    </message>
    <message>
        <source>Last layer, heads averaged — %1</source>
        <translation>最后一层，各头取平均 — %1</translation>
    </message>
    <message>
        <source>Last layer (mean of heads)</source>
        <translation>最后一层（各头平均）</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>On the image and text</source>
        <translation>在图像和文本上</translation>
    </message>
    <message>
        <source>The patches of each kept visual token and each kept word piece, shaded by the attention [CLS] gives that token in the map shown</source>
        <translation>每个保留的视觉 token 的图块和每个保留的词片，按当前注意力图中 [CLS] 给该 token 的注意力着色</translation>
    </message>
</context>
<context>
    <name>tessera::CodebookView</name>
    <message>
        <source>No tokens for this modality.</source>
        <translation>该模态没有 token。</translation>
    </message>
    <message>
        <source>%1 — %2: %3 codes, %4 used (%5 %), %6 dead; perplexity %7 (normalised entropy %8); the top %9 codes hold %10 % of %11 occurrences; Gini %12; %13 entities have tokens.</source>
        <translation>%1 — %2：%3 个码，已用 %4 个（%5 %），失效 %6 个；困惑度 %7（归一化熵 %8）；前 %9 个码占 %11 次出现中的 %10 %；基尼系数 %12；%13 个实体有 token。</translation>
    </message>
    <message>
        <source>Visual codebook</source>
        <translation>视觉码本</translation>
    </message>
    <message>
        <source>Text codebook</source>
        <translation>文本码本</translation>
    </message>
    <message>
        <source>Code %1: %2 occurrences in %3 entities</source>
        <translation>码 %1：在 %3 个实体中出现 %2 次</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>visual</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <source>usage %</source>
        <translation>使用率 %</translation>
    </message>
    <message>
        <source>Visual codes</source>
        <translation>视觉码</translation>
    </message>
    <message>
        <source>Text codes</source>
        <translation>文本码</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>codes, most used first</source>
        <translation>码（按使用次数从多到少）</translation>
    </message>
    <message>
        <source>occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>share of occurrences</source>
        <translation>出现次数占比</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>码</translation>
    </message>
    <message>
        <source>tokenizer epoch</source>
        <translation>分词器训练轮次</translation>
    </message>
    <message>
        <source>text perplexity</source>
        <translation>文本困惑度</translation>
    </message>
    <message>
        <source>image perplexity</source>
        <translation>图像困惑度</translation>
    </message>
    <message>
        <source>image usage %</source>
        <translation>图像码使用率 %</translation>
    </message>
    <message>
        <source>image codes</source>
        <translation>图像码</translation>
    </message>
    <message>
        <source>mixed codes</source>
        <translation>混合码</translation>
    </message>
    <message>
        <source>text codes</source>
        <translation>文本码</translation>
    </message>
    <message>
        <source>PC 1 (%1 % of variance)</source>
        <translation>主成分 1（方差的 %1 %）</translation>
    </message>
    <message>
        <source>PC 2 (%1 % of variance)</source>
        <translation>主成分 2（方差的 %1 %）</translation>
    </message>
    <message>
        <source>%1 — %2, patch row %3, column %4</source>
        <translation>%1 — %2，图块第 %3 行第 %4 列</translation>
    </message>
    <message>
        <source>Text codes of a separate codebook have no image patches.</source>
        <translation>独立文本码本的码没有对应的图像图块。</translation>
    </message>
    <message>
        <source>No image patch carries code %1.</source>
        <translation>没有图像图块使用码 %1。</translation>
    </message>
    <message>
        <source>%1 image patches carry code %2 (%3 shown):</source>
        <translation>%1 个图像图块使用码 %2（显示 %3 个）：</translation>
    </message>
    <message>
        <source>Click a bar (or a point of the code plane) to list the entities and image patches that use its code.</source>
        <translation>点击柱形（或码平面上的点），列出使用该码的实体和图像图块。</translation>
    </message>
</context>
<context>
    <name>tessera::DebugOverlayController</name>
    <message>
        <source>The debug overlay needs OpenGL, which this display does not offer.</source>
        <translation>调试叠加层需要 OpenGL，而当前显示环境不提供。</translation>
    </message>
    <message>
        <source>LibTorch %1 · %2 CPU threads · BLAS %3 · CUDA %4</source>
        <translation>LibTorch %1 · %2 个 CPU 线程 · BLAS %3 · CUDA %4</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>tessera::EmbeddingMapView</name>
    <message>
        <source>Cancelled. Choose a method to compute the map again.</source>
        <translation>已取消。选择一种方法以重新计算映射图。</translation>
    </message>
    <message>
        <source>Computing t-SNE of %1 points in the background…</source>
        <translation>正在后台计算 %1 个点的 t-SNE…</translation>
    </message>
    <message>
        <source>Computing the principal components of %1 points…</source>
        <translation>正在计算 %1 个点的主成分…</translation>
    </message>
    <message>
        <source>PCA: the axes hold %1 % and %2 % of the variance.</source>
        <translation>PCA：两个坐标轴分别占方差的 %1 % 和 %2 %。</translation>
    </message>
    <message>
        <source>t-SNE: perplexity %1, %2 neighbours, KL divergence %3. Distances between clusters mean little; neighbourhoods do.</source>
        <translation>t-SNE：困惑度 %1，%2 个近邻，KL 散度 %3。簇之间的距离意义不大；邻域才有意义。</translation>
    </message>
    <message>
        <source>Cannot compute the map: %1</source>
        <translation>无法计算映射图：%1</translation>
    </message>
    <message>
        <source>No map: open a model (File ▸ Open Model…) to see its entity representations in 2-D.</source>
        <translation>无映射图：打开一个模型（文件 ▸ 打开模型…）以在二维中查看其实体表示。</translation>
    </message>
    <message>
        <source>nearest by cosine</source>
        <translation>余弦最近邻</translation>
    </message>
    <message>
        <source>first principal component</source>
        <translation>第一主成分</translation>
    </message>
    <message>
        <source>t-SNE 1</source>
        <translation>t-SNE 1</translation>
    </message>
    <message>
        <source>second principal component</source>
        <translation>第二主成分</translation>
    </message>
    <message>
        <source>t-SNE 2</source>
        <translation>t-SNE 2</translation>
    </message>
    <message>
        <source>Nearest to %1 (cosine, model space)</source>
        <translation>与 %1 最近的实体（余弦，模型空间）</translation>
    </message>
    <message numerus="yes">
        <source>%n entities in the dragged area</source>
        <translation>
            <numerusform>拖选区域内有 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>t-SNE (Barnes–Hut)</source>
        <translation>t-SNE（Barnes–Hut）</translation>
    </message>
    <message>
        <source>Colour by key prefix</source>
        <translation>按键前缀着色</translation>
    </message>
    <message>
        <source>Colour by has image</source>
        <translation>按是否有图像着色</translation>
    </message>
    <message>
        <source>Colour by triples</source>
        <translation>按三元组数着色</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nearest by cosine: click a point</source>
        <translation>余弦最近邻：点击一个点</translation>
    </message>
    <message>
        <source>Drag a rectangle to list an area</source>
        <translation>拖出矩形以列出区域内的实体</translation>
    </message>
    <message>
        <source>Colour by dominant modality</source>
        <translation>按主导模态着色</translation>
    </message>
    <message>
        <source>This model gave no relation representations.</source>
        <translation>该模型没有给出关系表示。</translation>
    </message>
    <message>
        <source>The representations do not fit the graph (%1 values for %2 points of dimension %3).</source>
        <translation>表示与图不匹配（%1 个数值，%2 个点，维度 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n relations in the dragged area</source>
        <translation>
            <numerusform>拖选区域内有 %n 个关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triples</source>
        <translation>
            <numerusform>%n 个三元组</numerusform>
        </translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Colour by commonest visual code</source>
        <translation>按最常见的视觉码着色</translation>
    </message>
</context>
<context>
    <name>tessera::EntityBrowserPanel</name>
    <message>
        <source>No graph open</source>
        <translation>未打开图谱</translation>
    </message>
    <message>
        <source>All %1 entities, by name</source>
        <translation>全部 %1 个实体，按名称排序</translation>
    </message>
    <message>
        <source>No entity matches “%1”</source>
        <translation>没有实体匹配“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Search entities by name, alias or key…</source>
        <translation>按名称、别名或键搜索实体…</translation>
    </message>
    <message>
        <source>Type to search; Enter focuses the highlighted entity.</source>
        <translation>输入即可搜索；按 Enter 聚焦选中的实体。</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
</context>
<context>
    <name>tessera::EntityFactsModel</name>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1（%2）</translation>
    </message>
    <message>
        <source>← %1 (%2)</source>
        <translation>← %1（%2）</translation>
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
        <translation>事实</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
</context>
<context>
    <name>tessera::EntityPagePanel</name>
    <message>
        <source>No entity selected</source>
        <translation>未选择实体</translation>
    </message>
    <message>
        <source>No graph open</source>
        <translation>未打开图谱</translation>
    </message>
    <message>
        <source>Pick an entity in the search list or click a node in the neighbourhood.</source>
        <translation>在搜索列表中选择一个实体，或点击邻域图中的节点。</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>键：%1</translation>
    </message>
    <message>
        <source>%1 · key: %2</source>
        <translation>%1 · 键：%2</translation>
    </message>
    <message>
        <source>%1
Click to enlarge.</source>
        <translation>%1
点击放大。</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>Facts (%1)</source>
        <translation>事实（%1）</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also known as&lt;/b&gt; </source>
        <translation>&lt;b&gt;又称&lt;/b&gt; </translation>
    </message>
    <message>
        <source>show fewer</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>show all %1</source>
        <translation>显示全部 %1 个</translation>
    </message>
</context>
<context>
    <name>tessera::EntitySearchModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配项</translation>
    </message>
</context>
<context>
    <name>tessera::EvaluationController</name>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>已取消评估。</translation>
    </message>
</context>
<context>
    <name>tessera::EvaluationDialog</name>
    <message>
        <source>Scoring every query of the split…</source>
        <translation>正在为该划分的每个查询打分…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;: filtered ranks, both directions of every triple of the split</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在 &lt;b&gt;%2&lt;/b&gt; 上：该划分中每个三元组两个方向的过滤后排名</translation>
    </message>
    <message>
        <source>Choose a split and press Evaluate.</source>
        <translation>请选择数据划分并点击“评估”。</translation>
    </message>
    <message>
        <source>both</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>heads (?, r, t)</source>
        <translation>头实体 (?, r, t)</translation>
    </message>
    <message>
        <source>tails (h, r, ?)</source>
        <translation>尾实体 (h, r, ?)</translation>
    </message>
    <message>
        <source>both, realistic rank</source>
        <translation>双向，现实排名</translation>
    </message>
    <message>
        <source>%1 triples, %2 ranks in %3 s. Reference tie rule (zjukg/MyGO: ties split in half); the realistic rank is PyKEEN&apos;s mean of the optimistic and pessimistic rank.</source>
        <translation>%1 个三元组，%2 个排名，用时 %3 秒。参考实现的并列规则（zjukg/MyGO：并列者计一半）；现实排名为 PyKEEN 的乐观与悲观排名的平均值。</translation>
    </message>
    <message>
        <source>Evaluate Link Prediction</source>
        <translation>评估链接预测</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Filtered metrics</source>
        <translation>过滤后指标</translation>
    </message>
    <message>
        <source>Per relation (both directions)</source>
        <translation>按关系（双向）</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
</context>
<context>
    <name>tessera::ExportButton</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Save this view as PNG or SVG, or its numbers as CSV</source>
        <translation>将此视图保存为 PNG 或 SVG，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 图像…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG 图像…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>数据（CSV）…</translation>
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
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 像素 · %3</translation>
    </message>
    <message>
        <source>This image cannot be shown.
%1</source>
        <translation>无法显示此图像。
%1</translation>
    </message>
</context>
<context>
    <name>tessera::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tessera::LinkPredictionPanel</name>
    <message numerus="yes">
        <source>%1 candidates · %n known answer(s) · scored in %2 ms</source>
        <translation>
            <numerusform>%1 个候选 · %n 个已知答案 · 打分用时 %2 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source> · known answers left out</source>
        <translation> · 已排除已知答案</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n known</source>
        <translation>
            <numerusform>%1 · %n 个已知</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entity in the graph.</source>
        <translation>请在图谱中选择一个实体。</translation>
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
        <translation>&lt;b&gt;模型：&lt;/b&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>No model open. Open a MyGO model trained on this graph to rank candidates.</source>
        <translation>未打开模型。请打开在此图谱上训练的 MyGO 模型以对候选实体排序。</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>预测：</translation>
    </message>
    <message>
        <source>Tails (entity, relation, ?)</source>
        <translation>尾实体 (实体, 关系, ?)</translation>
    </message>
    <message>
        <source>Heads (?, relation, entity)</source>
        <translation>头实体 (?, 关系, 实体)</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source> candidates</source>
        <translation> 个候选</translation>
    </message>
    <message>
        <source>Leave out known answers</source>
        <translation>排除已知答案</translation>
    </message>
    <message>
        <source>The filtered protocol: answers already in train, valid or test are not ranked.</source>
        <translation>过滤式评估协议：已出现在训练、验证或测试集中的答案不参与排序。</translation>
    </message>
    <message>
        <source>As if it had no image</source>
        <translation>假设它没有图像</translation>
    </message>
    <message>
        <source>Re-rank with the query entity&apos;s visual tokens masked, as for an entity without images.</source>
        <translation>屏蔽查询实体的视觉 token 后重新排序，如同该实体没有图像。</translation>
    </message>
    <message>
        <source>As if it had no text</source>
        <translation>假设它没有文本</translation>
    </message>
    <message>
        <source>Re-rank with the query entity&apos;s text tokens masked, as for an entity without text.</source>
        <translation>屏蔽查询实体的文本 token 后重新排序，如同该实体没有文本。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Best known answer: %1, filtered rank %2</source>
        <translation>排名最高的已知答案：%1，过滤后排名 %2</translation>
    </message>
    <message>
        <source>Best known answer: %1, rank %2</source>
        <translation>排名最高的已知答案：%1，排名 %2</translation>
    </message>
    <message>
        <source> · known answers follow the list at their filtered rank</source>
        <translation> · 已知答案按其过滤后排名列在表后</translation>
    </message>
    <message>
        <source> · answers outside the top %1 follow the list</source>
        <translation> · 前 %1 名之外的已知答案列在表后</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Filtered MR, MRR and Hits@k of this model on the test or valid split</source>
        <translation>此模型在测试或验证划分上的过滤后 MR、MRR 与 Hits@k</translation>
    </message>
    <message>
        <source>full input</source>
        <translation>完整输入</translation>
    </message>
    <message>
        <source>as if it had no image and no text</source>
        <translation>假设它既无图像也无文本</translation>
    </message>
    <message>
        <source>as if it had no image</source>
        <translation>假设它没有图像</translation>
    </message>
    <message>
        <source>as if it had no text</source>
        <translation>假设它没有文本</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Context attention</source>
        <translation>上下文注意力</translation>
    </message>
    <message>
        <source>Where MyGO&apos;s triple encoder looks for this query: head, relation and the slot to predict, per layer and head</source>
        <translation>MyGO 的三元组编码器对此查询关注哪里：头实体、关系与待预测位置，按层和头显示</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>遮蔽</translation>
    </message>
    <message>
        <source>What image and text are worth to this relation: its test queries ranked with and without them</source>
        <translation>图像和文本对该关系有多大作用：其测试查询在有无图像/文本时的排名</translation>
    </message>
</context>
<context>
    <name>tessera::LinkPredictionSession</name>
    <message>
        <source>MyGO · dim %1 · %2 heads · %3 + %4 layers</source>
        <translation>MyGO · 维度 %1 · %2 个注意力头 · %3 + %4 层</translation>
    </message>
    <message>
        <source> · %1 visual + %2 text tokens</source>
        <translation> · %1 个视觉 + %2 个文本 token</translation>
    </message>
    <message>
        <source> · structure only</source>
        <translation> · 仅结构</translation>
    </message>
    <message>
        <source> · %1, %2 threads</source>
        <translation> · %1，%2 个线程</translation>
    </message>
    <message>
        <source>Opening model %1…</source>
        <translation>正在打开模型 %1…</translation>
    </message>
    <message>
        <source>Ranking candidates…</source>
        <translation>正在对候选实体排序…</translation>
    </message>
    <message>
        <source>Evaluating on the %1 split…</source>
        <translation>正在 %1 划分上评估…</translation>
    </message>
    <message>
        <source>Reading attention…</source>
        <translation>正在读取注意力…</translation>
    </message>
    <message>
        <source>Computing entity representations…</source>
        <translation>正在计算实体表示…</translation>
    </message>
    <message>
        <source>Measuring modality shares over all entities…</source>
        <translation>正在测量全部实体的模态占比…</translation>
    </message>
    <message>
        <source>Ranking the relation&apos;s queries with and without image and text…</source>
        <translation>正在对该关系的查询在有无图像和文本时分别排序…</translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <source>No demo graph</source>
        <translation>找不到示例图谱</translation>
    </message>
    <message>
        <source>The bundled demo graph was not found. Open a graph with File ▸ Open Folder…, or set TESSERA_DEMO_DIR.</source>
        <translation>未找到内置的示例图谱。请通过“文件 ▸ 打开文件夹…”打开一个图谱，或设置 TESSERA_DEMO_DIR。</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>关于 Tessera</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tessera %1&lt;/b&gt;&lt;p&gt;An explorer for multi-modal knowledge graphs and the models trained on them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tessera %1&lt;/b&gt;&lt;p&gt;多模态知识图谱及其上训练的模型的浏览与分析工具。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>导航(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a graph folder (bundle, MyGO or alignment format)</source>
        <translation>打开图谱文件夹（Tessera 包、MyGO 或对齐格式）</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back: undo “%1” (Alt+Left)</source>
        <translation>后退：撤销“%1”（Alt+左方向键）</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>后退（Alt+左方向键）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward: redo “%1” (Alt+Right)</source>
        <translation>前进：重做“%1”（Alt+右方向键）</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>前进（Alt+右方向键）</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>缩放至适合(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Warnings…</source>
        <translation>警告(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>关于 Tessera(&amp;A)</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体详情</translation>
    </message>
    <message>
        <source>Graph:</source>
        <translation>图谱：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Cannot open graph</source>
        <translation>无法打开图谱</translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation>%1 — Tessera</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>No graph open — File ▸ Open Folder…, or drop a graph folder on the window</source>
        <translation>未打开图谱 — 请使用“文件 ▸ 打开文件夹…”，或将图谱文件夹拖放到窗口中</translation>
    </message>
    <message>
        <source>%1 · %2 entities · %3 relations · %4 triples · %5 images</source>
        <translation>%1 · %2 个实体 · %3 个关系 · %4 个三元组 · %5 张图像</translation>
    </message>
    <message>
        <source>Open Graph Folder</source>
        <translation>打开图谱文件夹</translation>
    </message>
    <message>
        <source>Open Graph File</source>
        <translation>打开图谱文件</translation>
    </message>
    <message>
        <source>Graph files (manifest.json *.tsv *.txt);;All files (*)</source>
        <translation>图谱文件 (manifest.json *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Open a MyGO model trained on this graph, for link prediction</source>
        <translation>打开在此图谱上训练的 MyGO 模型，用于链接预测</translation>
    </message>
    <message>
        <source>Link Prediction</source>
        <translation>链接预测</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Model %1 opened.</source>
        <translation>已打开模型 %1。</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>码本</translation>
    </message>
    <message>
        <source>Open &amp;Tokens…</source>
        <translation>打开 &amp;Token…</translation>
    </message>
    <message>
        <source>Open a token folder of this graph (tessera tokenize --out) for the Tokens and Codebook views</source>
        <translation>打开该图谱的 token 文件夹（tessera tokenize --out），用于 Token 与码本视图</translation>
    </message>
    <message>
        <source>Open Token Folder</source>
        <translation>打开 Token 文件夹</translation>
    </message>
    <message>
        <source>Reading tokens from %1…</source>
        <translation>正在从 %1 读取 token…</translation>
    </message>
    <message>
        <source>Cannot open tokens</source>
        <translation>无法打开 token</translation>
    </message>
    <message>
        <source>Tokens from %1</source>
        <translation>token 来自 %1</translation>
    </message>
    <message>
        <source>Reading tokens cancelled.</source>
        <translation>已取消读取 token。</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Embedding Map</source>
        <translation>嵌入映射图</translation>
    </message>
    <message>
        <source>Modality Shares</source>
        <translation>模态占比</translation>
    </message>
    <message>
        <source>&amp;Debug Overlay</source>
        <translation>调试叠加层(&amp;D)</translation>
    </message>
    <message>
        <source>Frame times, event-loop stalls, background jobs, inference timings, device and memory, drawn over the window (F12)</source>
        <translation>帧时间、事件循环卡顿、后台任务、推理耗时、设备与内存，叠加显示在窗口上（F12）</translation>
    </message>
    <message>
        <source>An alignment model</source>
        <translation>对齐模型</translation>
    </message>
    <message>
        <source>%1 aligns two graphs. Open it with File ▸ Open Alignment…, with the workspace it was trained on.</source>
        <translation>%1 用于对齐两个图谱。请通过“文件 ▸ 打开对齐…”与训练它的工作区一起打开。</translation>
    </message>
</context>
<context>
    <name>tessera::MetaWeightsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <translation>缺失</translation>
    </message>
    <message>
        <source>meta-weight of %1</source>
        <translation>%1 的元权重</translation>
    </message>
    <message>
        <source>focus an entity</source>
        <translation>请选中一个实体</translation>
    </message>
    <message>
        <source>meta-weight, all entities</source>
        <translation>元权重（全部实体）</translation>
    </message>
    <message>
        <source>test Hits@1 (A → B, CSLS)</source>
        <translation>测试 Hits@1（A → B，CSLS）</translation>
    </message>
    <message>
        <source>no evaluation</source>
        <translation>无评估</translation>
    </message>
    <message>
        <source>dominant modality of the query entity</source>
        <translation>查询实体的主导模态</translation>
    </message>
    <message>
        <source>Focus an entity to see its weights and mark it on the boxes.</source>
        <translation>选中一个实体，查看其权重并在箱线图上标出。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (red diamonds): %2 — %3 counts most.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（红色菱形）：%2 —— %3 最重要。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entities have this modality dominant</source>
        <translation>
            <numerusform>%n 个实体以该模态为主导</numerusform>
        </translation>
    </message>
    <message>
        <source>Where %1 dominates</source>
        <translation>%1 占主导的实体</translation>
    </message>
    <message numerus="yes">
        <source>Modality meta-weights of %n entities (both graphs): per entity, the fusion Transformer&apos;s last-layer attention each modality receives, softmax-normalised — how much it counts in the fused embedding. Boxes: quartiles and median; whiskers: smallest and largest weight.</source>
        <translation>
            <numerusform>%n 个实体（两个图谱）的模态元权重：对每个实体，融合 Transformer 最后一层中各模态获得的注意力，经 softmax 归一化 —— 即它在融合嵌入中的分量。箱体：四分位数与中位数；须线：最小与最大权重。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an alignment model to see its modality meta-weights.</source>
        <translation>打开一个对齐模型以查看其模态元权重。</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message numerus="yes">
        <source>%n queries</source>
        <translation>
            <numerusform>%n 个查询</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ModalitySharesView</name>
    <message>
        <source>structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>[CLS] itself</source>
        <translation>[CLS] 自身</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n entities</source>
        <translation>
            <numerusform>%1
%n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>share of [CLS]&apos;s rollout row</source>
        <translation>[CLS] rollout 行中的占比</translation>
    </message>
    <message>
        <source>share of [CLS]&apos;s attention</source>
        <translation>[CLS] 注意力中的占比</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Focus an entity to mark it on the boxes.</source>
        <translation>聚焦一个实体，即可在箱线图上标出它。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (red diamonds): structure %2, image %3, text %4, [CLS] itself %5 — most to %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（红色菱形）：结构 %2，图像 %3，文本 %4，[CLS] 自身 %5 — 最多给了%6。</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>无图像</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>无文本</translation>
    </message>
    <message>
        <source>Last layer, heads averaged</source>
        <translation>最后一层，各头取平均</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>注意力 rollout</translation>
    </message>
    <message>
        <source>Where %1 gets the most</source>
        <translation>%1占比最大的实体</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message numerus="yes">
        <source>Measure over all %n entities</source>
        <translation>
            <numerusform>对全部 %n 个实体测量</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a MyGO model to see how much structure, image and text count for its entities.</source>
        <translation>打开一个 MyGO 模型，查看结构、图像和文本对其实体各占多少分量。</translation>
    </message>
    <message>
        <source>Where [CLS] looks in MyGO&apos;s entity encoder, for every entity: one encoder pass over the graph. Press Measure.</source>
        <translation>MyGO 实体编码器中 [CLS] 对每个实体关注哪里：需对整个图谱运行一次编码器。请按“测量”。</translation>
    </message>
    <message numerus="yes">
        <source>[CLS]&apos;s attention shares over %n entities; entities without an image (text) are left out of the image (text) box: %1 without an image, %2 without text. Boxes: quartiles and median; whiskers: smallest and largest share.</source>
        <translation>
            <numerusform>%n 个实体上 [CLS] 的注意力占比；没有图像（文本）的实体不计入图像（文本）箱线：%1 个无图像，%2 个无文本。箱体：四分位数与中位数；须线：最小与最大占比。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::NeighbourhoodView</name>
    <message>
        <source>&amp;Expand</source>
        <translation>展开(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse</source>
        <translation>折叠(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Focus here</source>
        <translation>聚焦到此(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>缩放至适合(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;%n fact(s). Double-click to expand or collapse.&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;%n 条事实。双击可展开或折叠。&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Show up to %1 more neighbours of %2</source>
        <translation>再显示 %2 的最多 %1 个邻居</translation>
    </message>
    <message>
        <source>Focus on %1</source>
        <translation>聚焦到 %1</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>复制键</translation>
    </message>
    <message>
        <source>Show more neighbours</source>
        <translation>显示更多邻居</translation>
    </message>
    <message>
        <source>Search for an entity and press Enter to explore its neighbourhood.</source>
        <translation>搜索一个实体并按 Enter，即可浏览它的邻域。</translation>
    </message>
    <message>
        <source>Open a graph to explore it (File ▸ Open, or drop a folder here).</source>
        <translation>打开一个图谱以开始浏览（文件 ▸ 打开，或将文件夹拖放到此处）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entities shown</source>
        <translation>
            <numerusform>%1 — 显示 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>few facts</source>
        <translation>事实较少</translation>
    </message>
    <message>
        <source>many facts</source>
        <translation>事实较多</translation>
    </message>
</context>
<context>
    <name>tessera::OpenAlignmentDialog</name>
    <message>
        <source>Alignment workspace (two graphs and their pairs)</source>
        <translation>对齐工作区（两个图谱及其实体对）</translation>
    </message>
    <message>
        <source>Alignment model folder</source>
        <translation>对齐模型文件夹</translation>
    </message>
    <message>
        <source>Open Alignment</source>
        <translation>打开对齐</translation>
    </message>
    <message>
        <source>An alignment workspace holds two graphs and the seed and test pairs that align them: an EVA / MEAformer folder (DBP15K&apos;s zh_en, for example) or an alignment bundle. The model is a MEAformer or MCLEA model trained on it (tessera train meaformer).</source>
        <translation>对齐工作区包含两个图谱以及对齐它们的种子对和测试对：EVA / MEAformer 文件夹（例如 DBP15K 的 zh_en）或对齐包。模型是在其上训练的 MEAformer 或 MCLEA 模型（tessera train meaformer）。</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>tessera::PatchGridWidget</name>
    <message>
        <source>code %1</source>
        <translation>码 %1</translation>
    </message>
    <message>
        <source>: %1 patches in %2 entities</source>
        <translation>：%2 个实体中的 %1 个图块</translation>
    </message>
    <message>
        <source> — one of the visual tokens MyGO reads</source>
        <translation> — MyGO 读取的视觉 token 之一</translation>
    </message>
    <message>
        <source>; [CLS] attention %1</source>
        <translation>；[CLS] 注意力 %1</translation>
    </message>
</context>
<context>
    <name>tessera::QueryAttentionView</name>
    <message>
        <source>No query attention yet: open a MyGO model and ask a query.</source>
        <translation>尚无查询注意力：请打开一个 MyGO 模型并提出查询。</translation>
    </message>
    <message>
        <source>Last layer, heads averaged (%1): the slot to predict reads %2 % from %3, %4 % from the relation %5 and %6 % from itself. The framed row of each map is that slot: TuckER scores its output.</source>
        <translation>最后一层，各头取平均（%1）：待预测位置从 %3 读取 %2 %，从关系 %5 读取 %4 %，从自身读取 %6 %。每张图中加框的一行就是该位置：TuckER 用它的输出打分。</translation>
    </message>
    <message>
        <source>head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>tail</source>
        <translation>尾</translation>
    </message>
    <message>
        <source>%1: ? (to predict)</source>
        <translation>%1：?（待预测）</translation>
    </message>
    <message>
        <source>layer %1 · head %2</source>
        <translation>第 %1 层 · 第 %2 头</translation>
    </message>
    <message>
        <source>H</source>
        <translation>头</translation>
    </message>
    <message>
        <source>R</source>
        <translation>关</translation>
    </message>
    <message>
        <source>T</source>
        <translation>尾</translation>
    </message>
</context>
<context>
    <name>tessera::RankMetricsModel</name>
    <message>
        <source>Ranks</source>
        <translation>排名数</translation>
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
        <translation>MRR %1，而按训练集中作为该关系答案的频次排序得到 %2</translation>
    </message>
    <message>
        <source>Popularity MRR</source>
        <translation>流行度 MRR</translation>
    </message>
    <message>
        <source>× popularity</source>
        <translation>× 流行度</translation>
    </message>
</context>
<context>
    <name>tessera::RankedCandidatesModel</name>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Known answer (%1)</source>
        <translation>已知答案（%1）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Known in</source>
        <translation>已知于</translation>
    </message>
    <message>
        <source>Filtered rank: only entities that are not known answers count ahead of it.</source>
        <translation>过滤后排名：只有非已知答案的实体计入其前面的名次。</translation>
    </message>
</context>
<context>
    <name>tessera::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
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
        <translation>对该关系的测试查询在有无图像和文本时分别排序</translation>
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
        <translation>平均排名变化</translation>
    </message>
    <message>
        <source>queries ranked lower</source>
        <translation>排名下降的查询</translation>
    </message>
    <message>
        <source>ranked higher</source>
        <translation>排名上升</translation>
    </message>
    <message>
        <source>as it is</source>
        <translation>原样</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>无图像</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>无文本</translation>
    </message>
    <message>
        <source>query → known answer</source>
        <translation>查询 → 已知答案</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>How far do the known answers move when the query entity&apos;s image or text is masked? Ranks every test triple of the relation, both directions.</source>
        <translation>遮蔽查询实体的图像或文本后，已知答案的排名会移动多少？对该关系的每个测试三元组双向排序。</translation>
    </message>
    <message>
        <source>Open a MyGO model to measure what image and text are worth to a relation.</source>
        <translation>打开一个 MyGO 模型，以测量图像和文本对某个关系的作用。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n test queries (head and tail prediction) · filtered ranks · rank shift = rank masked − rank as it is (positive: the answer fell)</source>
        <translation>
            <numerusform>%1 · %n 个测试查询（头预测与尾预测）· 过滤后排名 · 排名变化 = 遮蔽后排名 − 原排名（正值：答案排名下降）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::RelationListModel</name>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Triples</source>
        <translation>三元组</translation>
    </message>
</context>
<context>
    <name>tessera::TokensView</name>
    <message>
        <source>No entity</source>
        <translation>无实体</translation>
    </message>
    <message>
        <source>Tokens of %1</source>
        <translation>%1 的 token</translation>
    </message>
    <message>
        <source>No visual tokens in this folder.</source>
        <translation>该文件夹中没有视觉 token。</translation>
    </message>
    <message>
        <source>No visual tokens: the entity has no image, MyGO masks its %1 visual slots.</source>
        <translation>没有视觉 token：该实体没有图像，MyGO 屏蔽其 %1 个视觉槽位。</translation>
    </message>
    <message>
        <source>Visual tokens MyGO reads (%1 most frequent of %2 patches, ascending ids): %3%4</source>
        <translation>MyGO 读取的视觉 token（%2 个图块中最常见的 %1 个，按 id 升序）：%3%4</translation>
    </message>
    <message>
        <source> — this folder has no patch grids (built-in tokens)</source>
        <translation> — 该文件夹没有图块网格（内置 token）</translation>
    </message>
    <message>
        <source>No text tokens in this folder.</source>
        <translation>该文件夹中没有文本 token。</translation>
    </message>
    <message>
        <source>No text tokens: MyGO masks the %1 text slots.</source>
        <translation>没有文本 token：MyGO 屏蔽 %1 个文本槽位。</translation>
    </message>
    <message>
        <source>Text tokens MyGO reads (%1): %2</source>
        <translation>MyGO 读取的文本 token（%1 个）：%2</translation>
    </message>
    <message>
        <source>&lt;i&gt;No text to read.&lt;/i&gt;</source>
        <translation>&lt;i&gt;没有可读取的文本。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 → code %2</source>
        <translation>%1 → 码 %2</translation>
    </message>
    <message>
        <source>%1 — kept: one of the text tokens MyGO reads</source>
        <translation>%1 — 保留：MyGO 读取的文本 token 之一</translation>
    </message>
    <message>
        <source>Shaded: the word pieces MyGO reads (hover for the BERT id); bold: the pieces whose token is kept; grey: stop words and punctuation, not counted.</source>
        <translation>底色：MyGO 读取的词片（悬停可见 BERT id）；粗体：其 token 被保留的词片；灰色：停用词和标点，不计数。</translation>
    </message>
    <message>
        <source>Shaded: BERT word pieces (hover for the id); grey: stop words and punctuation. This folder&apos;s text tokens are not word pieces, so the kept ones are listed below.</source>
        <translation>底色：BERT 词片（悬停可见 id）；灰色：停用词和标点。此文件夹的文本 token 不是词片，保留的 token 列在下方。</translation>
    </message>
    <message>
        <source>%1; [CLS] attention %2</source>
        <translation>%1；[CLS] 注意力 %2</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>码 %1</translation>
    </message>
    <message>
        <source>Shaded by the attention [CLS] gives each token (%1): the deeper the orange, the more it reads; faded patches and plain words are not read. Largest weight: %2.</source>
        <translation>按 [CLS] 给每个 token 的注意力着色（%1）：橙色越深，读取越多；淡化的图块和普通词未被读取。最大权重：%2。</translation>
    </message>
    <message>
        <source>No token folder is open: open the one the model reads (File ▸ Open Tokens…) to see its patches and word pieces.</source>
        <translation>未打开 token 文件夹：打开模型所读取的那个（文件 ▸ 打开 Token…）以查看其图块和词片。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the model&apos;s tokens are not among this folder&apos;s kept tokens: the token folder open is not the one the model reads, so those are not shaded.</source>
        <translation>
            <numerusform>模型的 %n 个 token 不在此文件夹保留的 token 中：当前打开的 token 文件夹不是模型读取的那个，因此这些未着色。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ViewExporter</name>
    <message>
        <source>%1: the file must end in .png or .svg</source>
        <translation>%1：文件名必须以 .png 或 .svg 结尾</translation>
    </message>
    <message>
        <source>Rendered by Tessera</source>
        <translation>由 Tessera 绘制</translation>
    </message>
    <message>
        <source>no SVG painter</source>
        <translation>无法创建 SVG 绘制器</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG 编码失败</translation>
    </message>
</context>
<context>
    <name>tessera::WarningsDialog</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) that did not stop loading:</source>
        <translation>
            <numerusform>%n 个未中断加载的问题：</numerusform>
        </translation>
    </message>
</context>
</TS>
