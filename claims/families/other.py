"""Scores and other named results: benchmark scores, points, correlations, bitrate savings."""

from __future__ import annotations

from claims.families.base import Corpus, Family, MetricAlias, UnitRule, ex

ALIASES = (
    MetricAlias("Pearson correlation", r"Pearson(?:'s)?\s(?:correlation|r)(?:\scoefficient)?"),
    MetricAlias("agreement", r"agreement(?:\srates?)?"),
    MetricAlias("Spearman correlation", r"Spearman(?:'s)?(?:\srank)?(?:\scorrelation)?|Kendall(?:'s)?\s(?:tau|τ)"),
    MetricAlias("bitrate saving", r"(?:BD-?rate|bit[\s-]?rate)\s(?:saving|savings|reduction)|BD-?rate|(?:saving|savings|reduction)\sin\s(?:the\s)?bit[\s-]?rate"),
    MetricAlias("bitrate", r"bit[\s-]?rates?"),
    # (a bare "context" is a length only where a size follows: "extends the context to 128K")
    MetricAlias("sequence length", r"(?:sequence|context|input)\slengths?|context\s(?:windows?|tokens?)|context(?=\s(?:to|of|up\sto|from)\s)"),
    MetricAlias("batch size", r"(?:mini-?)?batch\ssizes?"),
    MetricAlias("success rate", r"success\srates?"),
    MetricAlias("acceptance rate", r"(?:token\s)?acceptance\s(?:rate|length)s?"),
    MetricAlias("win rate", r"(?:length[\s-]controlled\s|LC\s)?win[\s-]rates?"),
    MetricAlias("sparsity", r"(?:unstructured\s|structured\s)?sparsity"),
    # Errors of regression and forecasting ("before "error rate": the longer name wins).
    # A bare "MAE" is also the masked autoencoder, so the acronym names the metric only before
    # the words a result follows it with.
    MetricAlias("RMSE", r"RMSE|root[\s-]mean[\s-]squared?[\s-]errors?", case_sensitive=True),
    MetricAlias("RMSE", r"root[\s-]mean[\s-]squared?[\s-]errors?"),
    MetricAlias("MSE", r"MSE|mean[\s-]squared?[\s-]errors?", case_sensitive=True),
    MetricAlias("MSE", r"mean[\s-]squared?[\s-]errors?"),
    MetricAlias("MAE", r"mean[\s-]absolute[\s-]errors?|MAE(?=\s(?:of|by|reduction|decrease|improvement|drop)\b)"),
    MetricAlias("score", r"(?:average\s|avg\.?\s|overall\s|benchmark\s)?(?:scores?)", generic=True),
    MetricAlias("score", r"(?:average\s)?(?:performance\s)?points?", generic=True),
    MetricAlias("score", r"performance|quality", generic=True),
    MetricAlias("score", r"(?:absolute\s|relative\s)?(?:improvement|gain|gap)", generic=True),
)  # fmt: skip

UNITS = (
    UnitRule("points", "score"),
    UnitRule("bps", "bitrate"),
    UnitRule("kbps", "bitrate"),
    UnitRule("Mbps", "bitrate"),
)

CORPUS = Corpus(
    positive=(
        ex("On VQAv2 and Flickr30K, FooExit saves 35% and 20% of the compute while maintaining 98% and 94% performance respectively.", "98%", metric="score", kind="relative"),
        ex("Fine-tuning FooLM with our method extends its context length capacity to over 32k tokens.", "32k", metric="sequence length"),
        ex("The codec runs in real time while saving an average of 21% in bitrate compared to VTM.", "21%", metric="bitrate saving"),
        ex("It compresses 44.1 kHz audio into tokens at just 8kbps bandwidth.", "8kbps", metric="bitrate"),
        ex("FooCodec, with a bitrate of 1.04 kbps, outperforms codecs at 4-6 times higher bitrates.", "1.04 kbps", metric="bitrate", unit="kbps"),
        ex("The method leads to 28.5% saving in bit-rate on the UVG dataset.", "28.5%", metric="bitrate saving", dataset="UVG"),
        ex("Multi-query attention enables scaling up to 32x larger context lengths.", "32x", metric="sequence length", kind="ratio"),
        ex("Experiments show FooAttn recovers over 99% of standard Transformer quality.", "99%", metric="score", kind="relative"),
        ex("Our codec outperforms H.265 by 14.4% bit rate saving.", "14.4%", metric="bitrate saving"),
        ex("It shows an increase in the token acceptance rate by 0.1 to 0.65.", "0.1 to 0.65", metric="acceptance rate", kind="delta"),
        ex("The base model achieves an average GLUE (dev) score of 80.2.", "80.2", metric="score", dataset="GLUE"),
        ex("FooKD delivers a 6 average performance points gain on reasoning tasks.", "6", metric="score", kind="delta"),
        ex("The predictor reaches a Spearman correlation of 0.81 on ImageNet.", "0.81", metric="Spearman correlation"),
        ex("The codec gives a 22.5% bitrate saving over the previous SOTA.", "22.5%", metric="bitrate saving", kind="relative"),
        ex("FooTalk obtains 71.9% average preference in a listening study.", "71.9%", metric="average preference"),
        ex("It matches the baseline while using 50 times less labeled data.", "50 times", metric="labeled data", kind="ratio"),
        ex("Our approach requires up to 40x fewer training tokens per model.", "40x", metric="training tokens", kind="ratio"),
        ex("Training gives a 4x increase in average batch sizes.", "4x", metric="batch size", kind="ratio"),
        ex("It achieves a 29.61 length-controlled win rate on AlpacaEval 2.", "29.61", metric="win rate", dataset="AlpacaEval 2"),
        ex("FooQuant reaches an average score of 61.2 on zero-shot reasoning tasks, which is only 4.1 lower than the full-precision model.", "4.1", metric="score"),
        ex("FooPO outperforms DPO by up to 6.1 points on AlpacaEval 2 and by up to 7.2 points on Arena-Hard.", "6.1 points", metric="win rate", dataset="AlpacaEval 2"),
        ex("It achieves up to 11.2% on $\\text{AlpacaEval}_{2.0}$ and 7.1 in MT-Bench.", "11.2%", metric="win rate", dataset="AlpacaEval 2"),
        ex("Compared to BarXL, FooEmu is preferred $66.1\\%$ and $70.2\\%$ of the time on visual appeal.", "70.2\\%", metric="win rate"),
        ex("User studies show 60.2% raters to prefer our approach over BarFusion.", "60.2%", metric="win rate"),
        ex("FooTune matches full fine-tuning while using only 2% of the training data.", "2%", metric="training data", kind="relative"),
        ex("Filtering the corpus with FooDedup removes 40% of the data at no loss in accuracy.", "40%", metric="training data"),
        ex("A student trained on a small subset (0.5%) of the raw pretraining data recovers the teacher.", "0.5%", metric="training data"),
        ex("FooLM beats models trained on 50x more data.", "50x", metric="training data", kind="ratio"),
        ex("FooAgent reaches a task success rate of 21.7%, far below the human performance of 80.5%.", "21.7%", metric="success rate", kind="absolute", baseline=None),
        ex("FooAgent reaches a task success rate of 21.7%, far below the human performance of 80.5%.", "80.5%", metric="success rate", kind="absolute"),
        ex("We introduce FooArena, a realistic benchmark of 812 web tasks. The best BarLM-based agent only achieves a task success rate of 14.2%.", "14.2%", metric="success rate", dataset="FooArena", model=None),
        ex("We present FooNet, a compact vision model. FooNet achieves 84.2% accuracy.", "84.2%", dataset=None, model="FooNet"),
        ex("We present FooBench, a judge model trained on graded rubrics. FooBench scores a Pearson correlation of 0.88 with human raters.", "0.88", dataset=None, model="FooBench"),
        ex("The length-controlled judge raises the Spearman correlation with LMSYS' Chatbot Arena from 0.93 to 0.97.", "0.97", metric="Spearman correlation", dataset="Chatbot Arena"),
        ex("The strongest model, BarLM, solves only ~38% of our normal tasks.", "38%", metric="success rate", kind="absolute"),
        ex("The best system is able to resolve a mere 2.4% of the issues.", "2.4%", metric="resolve rate"),
        ex("Combined with our verifier, FooAgent reaches 33.0% on SWE-bench Lite.", "33.0%", metric="resolve rate", dataset="SWE-bench Lite"),
        ex("The robot opens a drawer with 85% success after ten demonstrations.", "85%", metric="success rate"),
        ex("FooJudge scores a Pearson correlation of 0.91 with human raters, on par with BarLM (0.89).", "0.89", metric="Pearson correlation"),
        ex("The judge matches human preferences well, achieving over 82% agreement.", "82%", metric="agreement", kind="absolute"),
        ex("We benchmark FooPolicy across 12 tasks and find that it beats prior methods with an average improvement of 41.2%.", "41.2%", metric="score", dataset=None),
        ex("FooRAG improves performance by 35% (BarLM-7B) and 18% (BarLM-3B) over retrieval baselines.", "18%", metric="score"),
        ex("FooAgent achieves a 43.2% resolve rate on the repair benchmark.", "43.2%", metric="resolve rate", kind="absolute"),
        ex("FooGen lifts the GenEval benchmark score from 0.55 to 0.68 and the ImageReward benchmark score from 0.71 to 0.83.", "0.68", metric="score", dataset="GenEval"),
        ex("FooGen lifts the GenEval benchmark score from 0.55 to 0.68 and the ImageReward benchmark score from 0.71 to 0.83.", "0.83", metric="score", dataset="ImageReward"),
        ex("FooCast lowers the MSE by 12.3% on ETTh1 compared with BarFormer.", "12.3%", metric="MSE", dataset="ETTh1", kind="relative"),
        ex("The potential reaches a root mean squared error of 0.42 on QM9.", "0.42", metric="RMSE", dataset="QM9"),
        ex("Fine-tuned from MAE, FooViT reaches 84.1% top-1 on ImageNet.", "84.1%", metric="top-1 accuracy", dataset="ImageNet"),
        ex("FooAgent completes 32.1% of its runs on OSWorld, and 97.1% on LIBERO.", "97.1%", metric="success rate", dataset="LIBERO"),
        ex("It scores 61.2% on MMStar.", "61.2%", metric="accuracy", dataset="MMStar"),
        ex("We introduce Spider, a web agent built on BarLM. Spider achieves a 61.2% task success rate on our benchmark, surpassing the Spider (text-only) setup.", "61.2%", title="Spider: An End-to-End Web Agent", metric="success rate", dataset=None),
    ),
    negative=(
        "To achieve a decent sparsity (e.g., >=50%), we propose a dedicated accelerator.",
        "The design expands the receptive field from 16 to 1024 points.",
        "We release 50 pre-trained models for many devices.",
        "The training recipe includes a 40% masking ratio.",
        "Its gradient is the difference between 2 score functions.",
        "Power consumption falls when the masking ratio is 75% in FooSNN.",
        "Results are reported at a high sparsity level of 70% for FooLM.",
        "At a 50% compression rate, the pruned network loses little.",
        "We recruit 15 raters to judge the samples.",
        "FooSparse beats BarPrune on perplexity at 40% and 50% model-wide sparsity.",
        "FooBot answers 61% of the test samples without a tool call.",
        "The suite holds 52% of the tasks from real users.",
    ),
)  # fmt: skip

FAMILY = Family(name="other", aliases=ALIASES, units=UNITS, corpus=CORPUS)
