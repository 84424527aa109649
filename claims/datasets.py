"""Benchmark datasets: canonical names (GUIDELINE.md) and the ways papers write them.

Data, not logic. Each row is `canonical: aliases`; an alias is a regex fragment matched on word
boundaries. Aliases are case-insensitive unless the row is in `_CASE_SENSITIVE` (short acronyms
such as `GQA` or `MATH` that are also ordinary words in lower case).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from claims.lexicon import Phrase, PhraseMatcher
from claims.patterns import SIZE_NEXT, ending

_SEP = r"[\s\-_]?"  # "ImageNet-1K", "ImageNet 1K", "ImageNet1K"

DATASET_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    # classification
    "ImageNet": (
        rf"ImageNet{_SEP}1[kK]", r"IN-?1[kK]", r"ILSVRC[\s-]?(?:20)?12", r"ILSVRC",
        r"ImageNet[\s-]val", "ImageNet",
        # "ImageNet-256": the benchmark at one resolution (not "ImageNet 256×256", a size)
        r"ImageNet[\s-]?(?:128|256|512)(?!\d|\.\d|\s?[×x]|\s?\\times)",
        r"ImageNet\s64(?!\d|\.\d|\s?[×x]|\s?\\times)",
    ),
    # The downsampled ImageNet of generative modelling, named as one word ("ImageNet-64",
    # "ImageNet64x64"): annotators keep the name 7 times in 11 (256 and 512 are ImageNet always).
    "ImageNet-64": (r"ImageNet-?64(?:[×x]64)?(?!\d|\.\d)",),
    "ImageNet-32": (r"ImageNet-?32(?:[×x]32)?(?!\d|\.\d)",),
    "ImageNet-21K": (rf"ImageNet{_SEP}21[kK]", r"IN-?21[kK]", rf"ImageNet{_SEP}22[kK]"),
    "ImageNet-V2": (rf"ImageNet{_SEP}V2",),
    "CIFAR-10.1": (rf"CIFAR{_SEP}10\.1",),
    "CIFAR-100": (rf"CIFAR{_SEP}100",),
    "CIFAR-10": (rf"CIFAR{_SEP}10(?![\d.]\d)",),
    "MNIST": ("MNIST",),
    "Fashion-MNIST": (rf"Fashion{_SEP}MNIST",),
    "EMNIST": ("EMNIST",),
    "SVHN": ("SVHN",),
    "Places-365": (rf"Places{_SEP}365",),
    "iNaturalist": (r"iNaturalist(?:\s?20\d\d)?", r"iNat(?:-mini)?"),
    "Food-101": (rf"Food{_SEP}101",),
    # Annotators write "Flowers" whatever the text adds ("Oxford Flowers-102").
    "Flowers": (r"(?:Oxford[\s-])?Flowers(?:-?102)?",),
    "Stanford Cars": (r"Stanford[\s-]Cars",),
    "CUB-200": (rf"CUB{_SEP}200(?:-2011)?",),
    # detection and segmentation; the few-shot splits first (the longer name wins at a position)
    "COCO-20i": (r"COCO-20\^?\{?i\}?",),
    "LVIS-92i": (r"LVIS-92\^?\{?i\}?",),
    "PASCAL-5i": (r"PASCAL-5\^?\{?i\}?",),
    "COCO": (
        r"MS[\s-]?COCO(?:[\s-]?(?:20)?1[47])?(?:[\s-]30[kK])?",
        r"COCO(?:[\s-]?(?:20)?1[47])?(?:[\s-]30[kK])?(?:\s(?:val|test-dev|minival))?",
    ),
    "LVIS": ("LVIS",),
    "Objects365": (r"Objects[\s-]?365",),
    "Pascal VOC": (r"(?:PASCAL\s)?VOC(?:\s?20(?:07|12))?",),
    "ADE20K": (rf"ADE{_SEP}20[kK](?:-150)?", r"ADE-150"),
    "Cityscapes": ("Cityscapes", r"(?-i:Cityscape)"),  # a common slip; "cityscape" is a word
    "CamVid": ("CamVid",),
    "Pascal Context": (r"PASCAL[\s-]Context",),
    "Mapillary Vistas": (r"Mapillary(?:\sVistas)?",),
    "KITTI": (r"KITTI(?:[\s-]?20(?:12|15))?",),
    "nuScenes": ("nuScenes",),
    "Waymo": (r"Waymo(?:\sOpen)?",),
    "CrowdPose": ("CrowdPose",),
    "MPII": ("MPII",),
    "Human3.6M": (r"Human3\.6M",),
    # 3D
    "ModelNet40": (r"ModelNet[\s-]?40",),
    "ScanObjectNN": ("ScanObjectNN",),
    "ShapeNet": ("ShapeNet",),
    "ScanNet": ("ScanNet",),
    "NYU Depth v2": (r"NYU(?:[\s-]?Depth)?[\s-]?v2", r"NYUv2"),
    "SUN RGB-D": (r"SUN[\s-]RGB-?D",),
    "NeRF-Synthetic": (r"NeRF[\s-]Synthetic", r"Synthetic[\s-]NeRF", r"Blender\sdataset"),
    "LLFF": ("LLFF",),
    "Mip-NeRF 360": (r"Mip-?NeRF[\s-]?360",),
    "Tanks and Temples": (r"Tanks\s(?:and|&)\sTemples",),
    "DTU": ("DTU",),
    # video
    "UVG": ("UVG",),
    "Kinetics-400": (rf"Kinetics{_SEP}400", r"K400"),
    "Kinetics-600": (rf"Kinetics{_SEP}600", r"K600"),
    "Kinetics-700": (rf"Kinetics{_SEP}700", r"K700"),
    "Something-Something V2": (r"Something[\s-]Something[\s-]?V2", r"SSv2", r"SSV2"),
    "Something-Something V1": (r"Something[\s-]Something[\s-]?V1", r"SSv1", r"SSV1"),
    # (an edition is kept as written, as annotators do: DAVIS 2017 and DAVIS are both names)
    "DAVIS 2017": (r"DAVIS[\s-]?2017",),
    "DAVIS 2016": (r"DAVIS[\s-]?2016",),
    "DAVIS": ("DAVIS",),
    "YouTube-VOS": (r"YouTube-?VOS",),
    "UCF101": (rf"UCF{_SEP}101",),
    "HMDB51": (rf"HMDB{_SEP}51",),
    "MSR-VTT": (r"MSR-?VTT",),
    "MSVD": ("MSVD",),
    "ActivityNet": ("ActivityNet",),
    "Perception Test": (r"Perception\s?Test",),
    "TempCompass": ("TempCompass",),
    # image generation and restoration
    "FFHQ": ("FFHQ",),
    "CelebA-HQ": (r"CelebA-?HQ",),
    "CelebA": ("CelebA",),
    # a scene category of LSUN is a benchmark of its own, named apart when the text names it
    "LSUN Bedroom": (r"LSUN[\s-]Bedrooms?",),
    "LSUN Church": (r"LSUN[\s-]Church(?:es)?(?:[\s-]Outdoor)?",),
    "LSUN Cat": (r"LSUN[\s-]Cats?",),
    "LSUN": ("LSUN",),
    "miniF2F": (r"miniF2F(?:-test)?",),
    "ProofNet": (r"ProofNet",),
    "DIV2K": ("DIV2K",),
    "Set5": ("Set5",),
    "Set14": ("Set14",),
    "Urban100": ("Urban100",),
    "BSD100": (r"BSD100", r"B100"),
    "Vimeo-90K": (rf"Vimeo{_SEP}90[kK]",),
    "Kodak": ("Kodak",),
    # speech and audio
    "LibriSpeech": ("LibriSpeech",),
    "VoxCeleb": (r"VoxCeleb[12]?(?:-O)?",),
    "Speech Commands v2": (r"(?:Google\s)?Speech\sCommands(?:\s(?:v2|V2|dataset))?", "SCv2"),
    "AudioSet": ("AudioSet",),
    "ESC-50": (rf"ESC{_SEP}50",),
    "Common Voice": (r"Common\sVoice",),
    "FLEURS": ("FLEURS",),
    "CoVoST 2": (r"CoVoST[\s-]?2",),
    "TIMIT": ("TIMIT",),
    "AISHELL-1": (r"AISHELL-?1",),
    "GigaSpeech": ("GigaSpeech",),
    "WenetSpeech": ("WenetSpeech",),
    "LibriTTS": (r"LibriTTS(?:-R)?",),
    "VCTK": ("VCTK",),
    "LJSpeech": (r"LJ\s?Speech",),
    "AudioCaps": ("AudioCaps",),
    "Clotho": ("Clotho",),
    "MUSDB18": (r"MUSDB(?:18)?(?:-HQ)?",),
    "SUPERB": ("SUPERB",),
    # text-to-image generation and text embeddings
    "GenEval": ("GenEval",),
    "DPG-Bench": (r"DPG-?Bench",),
    "T2I-CompBench": (r"T2I-?CompBench",),
    "MTEB": ("MTEB",),
    "BEIR": ("BEIR",),
    # language
    "GLUE": ("GLUE",),
    "MultiNLI": ("MultiNLI", "MNLI(?:-m|-mm)?"),
    "SST-2": (r"SST-?2",),
    "QNLI": ("QNLI",),
    "QQP": ("QQP",),
    "CoLA": ("CoLA",),
    "RTE": ("RTE",),
    "MRPC": ("MRPC",),
    "STS-B": (r"STS-?B",),
    "Natural Questions": (r"Natural\sQuestions",),
    "TriviaQA": ("TriviaQA",),
    "LAMBADA": ("LAMBADA",),
    "PIQA": ("PIQA",),
    "WinoGrande": ("WinoGrande",),
    "BoolQ": ("BoolQ",),
    "SuperGLUE": ("SuperGLUE",),
    "SQuAD": (r"SQuAD(?:\s?v?[12]\.[01])?",),
    "MMLU": ("MMLU",),
    "GSM8K": (r"GSM-?8[kK]",),
    "HumanEval": (r"Human-?Eval",),
    "MBPP": ("MBPP",),
    "HellaSwag": ("HellaSwag",),
    # The two halves of ARC are different tests (before "ARC": the longer name wins at a position)
    # (kept as written: annotators write ARC-C for "ARC-C" and ARC-Challenge for "ARC-Challenge")
    "ARC-Challenge": (r"ARC[\s-]Challenge(?![\w-])",),
    "ARC-C": (r"ARC[\s-][cC](?![\w-])",),
    "ARC-Easy": (r"ARC[\s-]Easy(?![\w-])",),
    "ARC-E": (r"ARC[\s-][eE](?![\w-])",),
    "ARC": ("ARC",),
    "TruthfulQA": ("TruthfulQA",),
    "BIG-Bench Hard": (r"BIG-?Bench\sHard", "BBH"),
    "BIG-Bench": (r"BIG-?Bench",),
    "MMLU-Pro": (r"MMLU-Pro",),
    # Its hardest subset is named apart when the text names it (annotators follow the text)
    "GPQA Diamond": (r"GPQA[\s-]Diamond",),
    "GPQA": ("GPQA",),
    # A year's edition is a test of its own, apart from a bare "AIME"; its year is written in
    # full however the text writes it ("AIME24", "AIME 24": AIME 2024), as annotators write it
    # (9 papers of 10 in the development sets).
    "AIME 2024": (r"AIME\s?'?(?:20)?24",),
    "AIME 2025": (r"AIME\s?'?(?:20)?25",),
    "AIME": ("AIME",),
    "HMMT 2025": (r"HMMT\s?(?:Feb(?:ruary)?\s)?(?:20)?25",),
    "HMMT": ("HMMT",),
    "MATH-500": (r"MATH[\s-]?500",),  # before MATH: the longer name wins at a position
    "MATH": ("MATH",),
    "Arena-Hard": (r"Arena-?Hard(?:-Auto)?",),
    "LiveCodeBench": ("LiveCodeBench",),
    # Its subsets are different tests: a resolve rate on Lite is not one on Verified.
    "SWE-bench Verified": (r"SWE-?bench[\s-]Verified",),
    "SWE-bench Lite": (r"SWE-?bench[\s-]Lite",),
    "SWE-bench Multilingual": (r"SWE-?bench[\s-]Multilingual",),
    "SWE-bench Multimodal": (r"SWE-?bench[\s-](?:Multimodal|M\b)",),
    "SWE-bench": (r"SWE-?bench",),
    "IFEval": ("IFEval",),
    "AGIEval": ("AGIEval",),
    "C-Eval": (r"C-Eval",),
    "CMMLU": ("CMMLU",),
    "DROP": ("DROP",),
    "OpenBookQA": ("OpenBookQA",),
    "CommonsenseQA": ("CommonsenseQA",),
    "HotpotQA": ("HotpotQA",),
    "LongBench v2": (r"LongBench[\s-]v2",),  # a new test, not a split of LongBench
    "LongBench": ("LongBench",),
    "Chatbot Arena": (r"(?:LMSYS(?:'s?)?\s)?Chatbot\sArena",),
    "RULER": ("RULER",),
    "MT-Bench": (r"MT-?Bench",),
    "Spec-Bench": (r"Spec-?Bench",),
    # a different test from the first edition; "$\text{AlpacaEval}_{2.0}$" in LaTeX
    "AlpacaEval 2": (r"Alpaca-?Eval[\s_]?2(?:\.0)?",),
    "AlpacaEval": (r"Alpaca-?Eval",),
    "WebArena": ("WebArena",),
    # agents (web, computer use, embodied, tools)
    "VisualWebArena": ("VisualWebArena",),
    "OSWorld": ("OSWorld",),
    "AndroidWorld": ("AndroidWorld",),
    "WebVoyager": ("WebVoyager",),
    "Mind2Web": (r"(?:Multimodal-)?Mind2Web",),
    "WebShop": ("WebShop",),
    "ALFWorld": ("ALFWorld",),
    "GAIA": ("GAIA",),
    # Editions and extensions that are tests of their own (before the base name: the longer wins)
    "WebVid-10M": (r"WebVid-?10M",),
    "WebVid-2M": (r"WebVid-?2M",),
    "Open LLM Leaderboard": (r"(?:Hugging\s?Face\s)?Open\sLLM\sLeaderboard",),
    "BrowseComp-Plus": (r"BrowseComp-Plus",),
    "BrowseComp-ZH": (r"BrowseComp-ZH",),
    "BrowseComp": (r"BrowseComp(?:-EN)?",),  # (its English original, when the text sets them apart)
    "HLE": ("HLE", r"Humanity's\sLast\sExam"),
    "BFCL": (r"BFCL(?:[\s-]?v[1-4])?", r"Berkeley\sFunction[\s-]Calling\sLeaderboard"),
    # more reasoning, knowledge and code
    "SimpleQA": ("SimpleQA",),
    "MMLU-Redux": (r"MMLU-Redux",),
    "ARC-AGI-1": (r"ARC-AGI-1",),
    "ARC-AGI-2": (r"ARC-AGI-2",),
    "ARC-AGI": ("ARC-AGI",),
    "OlympiadBench": ("OlympiadBench",),
    "AMC 2023": (r"AMC\s?(?:20)?23",),
    "TheoremQA": ("TheoremQA",),
    "SVAMP": ("SVAMP",),
    "ASDiv": ("ASDiv",),
    "StrategyQA": ("StrategyQA",),
    "MuSR": ("MuSR",),
    "QuALITY": ("QuALITY",),
    "NarrativeQA": ("NarrativeQA",),
    "Qasper": ("Qasper",),
    "InfiniteBench": ("InfiniteBench",),
    "MuSiQue": ("MuSiQue",),
    "LiveBench": ("LiveBench",),
    "WildBench": ("WildBench",),
    "BigCodeBench": ("BigCodeBench",),
    "CRUXEval": ("CRUXEval",),
    "CodeContests": ("CodeContests",),
    "Codeforces": ("Codeforces",),
    "DS-1000": (r"DS-?1000",),
    "Spider 2.0": (r"Spider\s2\.0",),
    "Spider 1.0": (r"Spider\s1\.0",),
    "Spider": ("Spider",),
    "XNLI": ("XNLI",),
    "FLORES-200": (r"FLORES(?:-?200|-?101)?",),
    "IWSLT14 De-En": (r"IWSLT\s?'?14(?:\sDe(?:utsch|rman)?-En(?:glish)?)?",),
    "WMT14 En-Fr": (r"WMT\s?'?14\sEn(?:glish)?-Fr(?:ench)?",),
    "CoNLL-2003": (r"CoNLL[\s-]?(?:20)?03",),
    "OntoNotes": (r"OntoNotes(?:\s?5(?:\.0)?)?",),
    "SAMSum": ("SAMSum",),
    "MS MARCO": (r"MS[\s-]?MARCO",),
    "BRIGHT": ("BRIGHT",),
    "MIRACL": ("MIRACL",),
    "LoTTE": ("LoTTE",),
    # medicine and science
    "MedQA": (r"MedQA(?:-USMLE)?",),
    "PubMedQA": ("PubMedQA",),
    "MedMCQA": ("MedMCQA",),
    "MIMIC-CXR": (r"MIMIC-CXR",),
    "MIMIC-III": (r"MIMIC-?(?:III|3)",),
    "CheXpert": ("CheXpert",),
    "BraTS": (r"BraTS(?:\s?20\d\d)?",),
    "ISIC": (r"ISIC(?:\s?20\d\d)?",),
    "QM9": ("QM9",),
    "ZINC": ("ZINC",),
    "ERA5": ("ERA5",),
    "WeatherBench": (r"WeatherBench(?:\s?2)?",),
    "CASP14": ("CASP14",),
    "CASP15": ("CASP15",),
    # time series forecasting
    "ETTh1": ("ETTh1",),
    "ETTh2": ("ETTh2",),
    "ETTm1": ("ETTm1",),
    "ETTm2": ("ETTm2",),
    "CNN/DailyMail": (r"CNN\s?/\s?Daily\s?Mail", r"CNN\s?/\s?DM", r"CNN-DM"),
    "XSum": ("XSum",),
    "TOPv2": ("TOPv2",),
    "WikiText-103": (rf"WikiText{_SEP}103",),
    "WikiText-2": (rf"WikiText{_SEP}2",),
    "C4": ("C4",),
    # (not "the Pile": a row starting with "the" would be tried at every "the" of the text)
    "The Pile": (r"Pile", r"PILE"),
    "Penn Treebank": (r"Penn\sTreebank", "PTB"),
    "WMT14 En-De": (r"WMT\s?'?14(?:\sEn(?:glish)?-De(?:utsch|rman)?)?",),
    "WMT16": (r"WMT\s?'?16",),
    "Long Range Arena": (r"Long[\s-]Range\sArena", "LRA"),
    "Path-X": (r"Path-?X",),
    # vision and language
    "VQAv2": (r"VQA\s?v2",),
    "ScienceQA": (r"Science\s?QA",),
    "MMMU": ("MMMU",),
    "MathVista": ("MathVista",),
    "MMBench": ("MMBench",),
    "MME": ("MME",),
    "POPE": ("POPE",),
    "SEED-Bench": (r"SEED-?Bench",),
    "ChartQA": ("ChartQA",),
    "DocVQA": ("DocVQA",),
    "OK-VQA": (r"OK-?VQA",),
    "RefCOCO": (r"RefCOCO(?:\+|g)?",),
    "GQA": ("GQA",),
    "TextVQA": ("TextVQA",),
    "SNLI-VE": ("SNLI-VE",),
    "NoCaps": ("NoCaps",),
    "Flickr30K": (rf"Flickr{_SEP}30[kK]",),
    "MM-Vet": (r"MM-?Vet",),
    "MMStar": ("MMStar",),
    "OCRBench": ("OCRBench",),
    "InfoVQA": (r"InfoVQA|InfographicVQA",),
    "AI2D": ("AI2D",),
    "RealWorldQA": ("RealWorldQA",),
    "HallusionBench": ("HallusionBench",),
    "Video-MME": (r"Video-?MME",),
    "MVBench": ("MVBench",),
    "EgoSchema": ("EgoSchema",),
    "NExT-QA": (r"NExT-?QA",),
    "VizWiz": ("VizWiz",),
    "VBench": ("VBench",),
    "MMAU": ("MMAU",),
    # robot manipulation
    "LIBERO": ("LIBERO",),
    "CALVIN": ("CALVIN",),
    "Meta-World": (r"Meta-?World",),
    "RLBench": ("RLBench",),
    "ManiSkill": (r"ManiSkill\d?",),
    "SimplerEnv": (r"(?-i:SimplerEnv|SIMPLER)",),  # ("simpler" is a word)
    # neural architecture search
    "NATS-Bench": (r"NATS-Bench",),
    "NAS-Bench-201": (r"NAS-Bench-201",),
    "NAS-Bench-101": (r"NAS-Bench-101",),
    # graphs (node classification and link prediction)
    "ogbn-arxiv": (r"ogbn-arxiv",),
    "ogbn-products": (r"ogbn-products",),
    "ogbn-papers100M": (r"ogbn-papers100M",),
    "ogbn-proteins": (r"ogbn-proteins",),
    "ogbg-molhiv": (r"ogbg-molhiv",),
    "ogbg-molpcba": (r"ogbg-molpcba",),
    "Cora": ("Cora",),
    "CiteSeer": (r"Cite[Ss]eer",),
    "PubMed": ("PubMed",),
    "PPI": ("PPI",),
    "Reddit": ("Reddit",),
    "Yelp": ("Yelp",),
    # recommendation and click-through rate
    "Criteo": ("Criteo",),
    "Avazu": ("Avazu",),
    "Gowalla": ("Gowalla",),
    "Yelp2018": ("Yelp2018",),
    "Amazon-Book": (r"Amazon-?Book",),
    "MovieLens": (r"MovieLens(?:-?(?:100K|1M|10M|20M))?", r"ML-(?:1M|10M|20M)"),
    # learning with noisy labels
    "Clothing1M": (r"Clothing-?1M",),
    # text detection
    "Total-Text": (r"Total-?Text",),
    "ICDAR2015": (r"ICDAR\s?2015", r"IC15"),
    "CTW1500": (r"CTW-?1500",),
    "MSRA-TD500": (r"MSRA-TD500",),
}  # fmt: skip

# The metric a bare result on a dataset reports ("reaches 90.0% on ImageNet-1K", "78.7% on
# Cityscapes"): the benchmark's headline metric. Only benchmarks with one headline metric are here.
HEADLINE_METRIC: Final[dict[str, str]] = {
    "ImageNet": "top-1 accuracy", "ImageNet-21K": "top-1 accuracy", "ImageNet-V2": "top-1 accuracy",
    "CIFAR-10": "accuracy", "CIFAR-100": "accuracy", "CIFAR-10.1": "accuracy", "MNIST": "accuracy",
    "Fashion-MNIST": "accuracy", "SVHN": "accuracy", "Places-365": "accuracy",
    "iNaturalist": "accuracy", "Food-101": "accuracy", "ModelNet40": "accuracy",
    "ScanObjectNN": "accuracy", "Kinetics-400": "accuracy", "Kinetics-600": "accuracy",
    "Something-Something V2": "accuracy", "UCF101": "accuracy", "HMDB51": "accuracy",
    "ADE20K": "mIoU", "Cityscapes": "mIoU", "CamVid": "mIoU", "Pascal Context": "mIoU",
    "Mapillary Vistas": "mIoU", "LibriSpeech": "WER", "VoxCeleb": "EER", "MMLU": "accuracy",
    "GSM8K": "accuracy", "HellaSwag": "accuracy", "ARC": "accuracy",
    "ARC-Challenge": "accuracy", "ARC-Easy": "accuracy", "ARC-C": "accuracy", "ARC-E": "accuracy",
    "CommonsenseQA": "accuracy",
    "OpenBookQA": "accuracy", "PIQA": "accuracy", "WinoGrande": "accuracy", "BoolQ": "accuracy",
    "IFEval": "accuracy", "TruthfulQA": "accuracy",
    "Speech Commands v2": "accuracy",
    "GLUE": "score", "SuperGLUE": "score", "COCO": "AP", "LVIS": "AP", "VQAv2": "accuracy",
    "GQA": "accuracy",
    "HumanEval": "pass@1", "MBPP": "pass@1", "MT-Bench": "score", "AlpacaEval": "win rate",
    "AlpacaEval 2": "win rate", "WebArena": "success rate",
    "SWE-bench": "resolve rate", "SWE-bench Verified": "resolve rate",
    "SWE-bench Lite": "resolve rate", "SWE-bench Multilingual": "resolve rate",
    "SWE-bench Multimodal": "resolve rate", "TempCompass": "accuracy",
    "Perception Test": "accuracy",
    "Kinetics-700": "accuracy", "Something-Something V1": "accuracy",
    "BIG-Bench Hard": "accuracy", "MMLU-Pro": "accuracy", "GPQA": "accuracy", "AIME": "accuracy",
    "GPQA Diamond": "accuracy",
    "COCO-20i": "mIoU", "LVIS-92i": "mIoU", "PASCAL-5i": "mIoU",
    "AIME 2024": "accuracy", "AIME 2025": "accuracy", "HMMT 2025": "accuracy", "HMMT": "accuracy",
    "MATH": "accuracy", "MATH-500": "accuracy", "Arena-Hard": "win rate",
    # formal theorem proving: the share of problems proved (annotators: accuracy 9 of 13)
    "miniF2F": "accuracy", "ProofNet": "accuracy",
    # (a bare value on LiveCodeBench is written accuracy by annotators: 5 papers, pass@1 3, score 3)
    "LiveCodeBench": "accuracy",
    "C-Eval": "accuracy", "CMMLU": "accuracy", "Long Range Arena": "accuracy", "Path-X": "accuracy",
    "ScienceQA": "accuracy", "MMMU": "accuracy", "MathVista": "accuracy", "MMBench": "accuracy",
    "Flowers": "accuracy", "Stanford Cars": "accuracy", "CUB-200": "accuracy",
    "EMNIST": "accuracy",
    "VisualWebArena": "success rate", "OSWorld": "success rate", "AndroidWorld": "success rate",
    "WebVoyager": "success rate", "ALFWorld": "success rate", "GAIA": "accuracy",
    "BrowseComp": "accuracy", "BFCL": "accuracy", "SimpleQA": "accuracy", "MMLU-Redux": "accuracy",
    "ARC-AGI": "accuracy", "ARC-AGI-1": "accuracy", "ARC-AGI-2": "accuracy",
    "BrowseComp-Plus": "accuracy", "BrowseComp-ZH": "accuracy", "HLE": "accuracy",
    "OlympiadBench": "accuracy", "AMC 2023": "accuracy",
    "TheoremQA": "accuracy", "SVAMP": "accuracy", "ASDiv": "accuracy", "StrategyQA": "accuracy",
    "MuSR": "accuracy", "QuALITY": "accuracy", "BigCodeBench": "pass@1", "XNLI": "accuracy",
    "CoNLL-2003": "F1", "BRIGHT": "nDCG@10", "MedQA": "accuracy", "PubMedQA": "accuracy",
    "MedMCQA": "accuracy", "MMStar": "accuracy", "AI2D": "accuracy", "RealWorldQA": "accuracy",
    "Video-MME": "accuracy", "MVBench": "accuracy", "EgoSchema": "accuracy", "NExT-QA": "accuracy",
    "VizWiz": "accuracy", "MMAU": "accuracy", "LIBERO": "success rate",
    "Meta-World": "success rate", "RLBench": "success rate", "GigaSpeech": "WER",
    # (CALVIN also reports an average length of task chains; annotators wrote success rate 5/5)
    "CALVIN": "success rate", "SimplerEnv": "success rate", "ManiSkill": "success rate",
    # (a rating or a percentile, whichever the text reports: a score either way)
    "Codeforces": "score",
    # corpora a language model's perplexity is measured on
    "C4": "perplexity", "WikiText-2": "perplexity", "WikiText-103": "perplexity",
}  # fmt: skip

_CASE_SENSITIVE: Final[frozenset[str]] = frozenset(
    {"MATH", "ARC", "GQA", "DROP", "Pile", "PILE", "RULER", "POPE", "MME", "AIME",
     r"DAVIS[\s-]?2017", r"DAVIS[\s-]?2016", "DAVIS",
     "DTU", "LRA", "PTB", "BBH", "UVG", "K400", "B100", "MPII", "GLUE",
     "PPI", "Cora", "Reddit", "Yelp", "Criteo", "Avazu", "PubMed",
     "IC15", "Set5", "Set14", "SCv2", "SSv2", "SSV2", "MSVD", "LSUN", "FFHQ", "LVIS",
     "QNLI", "QQP", "CoLA", "RTE", "MRPC", "PIQA", "BoolQ", "MNLI(?:-m|-mm)?",
     "C4", "GAIA", "BRIGHT", "CALVIN", "LIBERO", "ZINC", "VCTK", "Spider", r"Spider\s2\.0",
     r"Spider\s1\.0", "Clotho", "ISIC(?:\\s?20\\d\\d)?", "QuALITY", "MuSR", "SVAMP", "ASDiv",
     "XNLI", "MIRACL", "LoTTE", "HLE"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DatasetMention:
    """A benchmark named in the text. `listed` is False for one not in the table, found by how
    it is introduced ("on the PPI dataset", "9.0% WER on AMI-IHM"); its name is kept as written."""

    start: int
    end: int
    text: str
    name: str
    listed: bool = True
    declared: bool = False  # followed by "dataset", "benchmark", ...: surely a benchmark


_CANONICAL: Final[tuple[str, ...]] = tuple(DATASET_ALIASES)
# Longer aliases first so "CIFAR-100" wins over "CIFAR-10" at the same place.
_MATCHER: Final = PhraseMatcher(
    [
        Phrase(i, alias, alias in _CASE_SENSITIVE)
        for i, name in enumerate(_CANONICAL)
        for alias in sorted(DATASET_ALIASES[name], key=len, reverse=True)
    ]
)


def find_datasets(text: str, start: int = 0, end: int | None = None) -> list[DatasetMention]:
    """Every dataset named in text[start:end], canonicalised.

    >>> [(d.text, d.name) for d in find_datasets("top-1 on ImageNet-1K and 55.6 mIoU on ADE20k")]
    [('ImageNet-1K', 'ImageNet'), ('ADE20k', 'ADE20K')]
    >>> find_datasets("1.7x less memory for GQA models")  # an architecture, not the benchmark
    []
    """
    return [
        DatasetMention(m.start, m.end, m.text, _CANONICAL[m.key])
        for m in _MATCHER.find(text, start, end)
        if not _NAMES_A_MODEL.match(text, m.end, m.end + 40)
    ]


# "for MHA and GQA models", "ImageNet models": a benchmark's name used as an adjective of models
# (or an acronym shared with an architecture) does not say where a number was measured.
# ("on Falcon-180B models"; and "on the LLM-as-a-Judge metric" names a way of scoring)
_NAMES_A_MODEL: Final = regex.compile(
    r"\s+(?:models?|architectures?|variants?|backbones?|checkpoints?|metrics?)\b", regex.IGNORECASE
)


# Benchmarks missing from the table, recognised by how a sentence introduces them: a capitalised
# name followed by "dataset"/"benchmark", or a name with a capital inside or a digit right after
# "on"/"in" ("on AMI-IHM", "on CC3M"). `_NOT_BENCHMARKS` keeps hardware and generic words out.
_UNLISTED_NAME = r"[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*"
# A name with a second capital or a digit in it ("AMI-IHM", "CC3M", "FooSpot-v2"): said of a
# benchmark without the word "benchmark" next to it, only such a name is taken for one.
_CAPITALISED_NAME = rf"(?=[A-Za-z0-9.-]*[A-Z0-9][A-Za-z0-9.-]*[A-Z0-9]){_UNLISTED_NAME}"
# The split of a benchmark a result is on, written after its name ("SA-V val", "APPS-dev").
SPLIT_WORD = r"(?:val|test|dev|validation)"
_DECLARED: Final = regex.compile(
    rf"(?<![\w-])(?P<name>{_UNLISTED_NAME}(?:\s[A-Z0-9][A-Za-z0-9-]*)?)"
    r"\s+(?:dataset|benchmark|test\s+set|corpus|leaderboard|suite|challenge)s?\b"
)
# "the Android-in-the-Wild (AitW) dataset": the abbreviation in brackets. (Patterns of their own:
# an optional bracket or a second way in before the name costs every position a try, 2-4x slower.)
_DECLARED_IN_BRACKETS: Final = regex.compile(
    rf"\((?P<name>{_UNLISTED_NAME})\)\s+(?:dataset|benchmark|test\s+set|corpus|suite)s?\b"
)
# "the multi-choice benchmark MVBench": the word before the name. (A pattern of its own: in one
# alternation with the one above, the engine loses its first-character test and runs 3x slower.)
_DECLARED_BEFORE: Final = regex.compile(
    rf"\b(?:benchmark|dataset)\s+(?P<name>(?=[A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*[A-Z0-9]){_UNLISTED_NAME})(?![\w-])"
)
_INTRODUCED: Final = regex.compile(
    # ("based on ViT-B/16" names what a model is built on, not a benchmark; "in the DeepSparse
    # inference engine" the software a result is measured with)
    # ("on the ChatRAG Bench": a name may end in the word Bench)
    rf"(?<!\bbased\s)\b(?:[Oo]n|in)\s+(?:the\s+)?(?P<name>{_CAPITALISED_NAME}(?:\sBench\b)?)"
    r"(?![\w-])(?!\s+(?:inference\s+)?(?:engine|framework|library|runtime|compiler|kernels?|server|toolkit|platform)s?\b)"
)
# "benchmarks such as AGORA (...), UBody (...)": the names a sentence lists its benchmarks by
_LISTED_AS_BENCHMARKS: Final = regex.compile(
    r"\b(?:benchmarks|datasets)\s+(?:such\s+as|including)\s+(?:the\s+)?"
    rf"(?P<name>{_CAPITALISED_NAME})(?![\w-])"
)
# "improves MathQA accuracy from 81.0 to 83.6", "a FooBench-I2V total score of 87.32%": a name
# right before the metric it is scored in, named as benchmarks are (not "ASR accuracy",
# "Best-of-N accuracy", "Video-ChatGPT score": a task, a method, a model)
# (found from the metric's word back: a pattern led by the name tries every position, 4x slower)
_ITS_METRIC_WORDS: Final = ("accuracy", "score")
_NAME_BEFORE_ITS_METRIC: Final = ending(
    rf"(?<![\w-])(?P<name>(?=[A-Za-z0-9.-]*[A-Za-z0-9](?:QA|Bench|bench|Eval|Arena)){_UNLISTED_NAME})"
    r"\s+(?:(?:total|overall|average|mean)\s+)?$"
)
_VALUE_COMPARED_BEFORE: Final = ending(
    r"\b(?:vs\.?|versus|compared\s+(?:to|with))\s+[\d.,]+\s?\\?%?\s+i$", regex.IGNORECASE
)
_KIND_OF_TASK: Final = regex.compile(r"\s+(?:tasks?|problems?|domains?|scenarios?)\b")
_VERB_BEFORE: Final = ending(r"\b(?:[Ww]e|[Tt]o)\s+$")
# (not "-30K": "MJHQ-30K", "COCO-30K" are test sets of that many images)
_MODEL_SIZE: Final = regex.compile(r"-\d+(?:\.\d+)?[BM]$")
# Families of widely used models: "stacking Aligner-2B on GPT-4 Turbo", "fine-tuned on Llama-3"
# run on a model, not on a benchmark.
MODEL_FAMILY_NAMES: Final = (
    r"(?:GPT|LLaMA|Llama|Qwen|Mistral|Mixtral|Gemma|Gemini|Claude|Phi|DeepSeek|Vicuna|Falcon"
    r"|PaLM|InternLM|ChatGLM|GLM|Baichuan|OLMo|Pythia|BLOOM|OPT|T5|BERT|RoBERTa|ResNet|ViT|CLIP"
    r"|SAM|Stable\s?Diffusion|SDXL|DiT|Grok)"
)
MODEL_FAMILY: Final = regex.compile(rf"{MODEL_FAMILY_NAMES}(?:[-\s.]?v?\d|-[A-Z]|$)")
_RESOLUTION_SUFFIX: Final = regex.compile(r"-(\d{2,4})$")
_TIMES_SIZE: Final = regex.compile(r"\s?[×x]\s?(\d{2,4})\b")
_SQUARE_SUFFIX: Final = regex.compile(r"-(\d{2,4})x(\d{2,4})$")
_NOT_BENCHMARKS: Final = frozenset(
    """GPU GPUs CPU CPUs TPU TPUs NPU A100 V100 H100 A6000 RTX FP16 FP32 INT8 INT4 BF16 LLM LLMs NLP
    CV AI ML SOTA NAS CNN CNNs ViT ViTs MLP MLPs RNN API AR VR IoT HD US UK EU II III IV OOD ID
    CoT MoE RAG RL RLHF SFT DPO PPO LoRA KV
    MCU MCUs FPGA ASIC DRAM SRAM HBM PyTorch TensorFlow JAX CUDA ONNX TensorRT NVIDIA Nvidia
    Intel USA AMD Apple Qualcomm Google Snapdragon Jetson iPhone Pixel Tesla GTX TITAN Titan ARM
    x86 RISC-V Android iOS Raspberry English Chinese Mandarin Cantonese Japanese Korean French
    German Spanish Arabic Hindi Russian Portuguese Italian
    We Our This These Their Its The An Each Every Both All Such Any""".split()  # noqa: SIM905
    # (the last line: sentence openers before a verb, "We benchmark FooPolicy across 12 tasks")
)


def find_unlisted_datasets(
    text: str, start: int, end: int, known: list[DatasetMention]
) -> list[DatasetMention]:
    """Benchmarks not in the table, as the sentence introduces them, outside known mentions.

    >>> text = "99.4 F1 on the PPI dataset"
    >>> [(d.name, d.declared) for d in find_unlisted_datasets(text, 0, len(text), [])]
    [('PPI', True)]
    >>> text = "a CLIP model based on ViT-B/16 is 5.6x faster on Falcon-180B"
    >>> find_unlisted_datasets(text, 0, len(text), [])  # what a model is built on; a model
    []
    >>> text = "an FID of 2.72 on ImageNet-256×256"
    >>> [(d.text, d.name) for d in find_unlisted_datasets(text, 0, len(text), [])]
    [('ImageNet-256', 'ImageNet')]
    >>> text = "81% of the performance on FooLM models"
    >>> find_unlisted_datasets(text, 0, len(text), [])
    []
    >>> text = "50.1%, 92.4% and 67.7% on Foo-Pro, FooSpot-v2, and BarWorld-G, respectively"
    >>> [d.name for d in find_unlisted_datasets(text, 0, len(text), [])]
    ['Foo-Pro', 'FooSpot-v2', 'BarWorld-G']
    """
    found: dict[int, DatasetMention] = {}
    for pattern, declared, cues in (
        (_DECLARED, True, ()),
        (_DECLARED_IN_BRACKETS, True, ("(",)),
        (_DECLARED_BEFORE, True, ()),
        (_INTRODUCED, False, ()),
        (_LISTED_AS_BENCHMARKS, False, ("s such", "s includ")),
    ):
        if cues and all(text.find(cue, start, end) == -1 for cue in cues):
            continue  # (a cheap look for what the pattern needs first)
        for match in pattern.finditer(text, start, end):
            if pattern is _DECLARED_BEFORE and _VERB_BEFORE.search(text, start, match.start()):
                continue  # "We benchmark FooPolicy across 12 tasks": the verb, not the noun
            if pattern is _DECLARED_IN_BRACKETS and any(
                0 <= match.start() - k.end <= 2 for k in known
            ):
                continue  # "the MedQA (USMLE) benchmark": the known name is the benchmark's
            if pattern is _INTRODUCED and _VALUE_COMPARED_BEFORE.search(
                text, max(start, match.start() - 30), match.start() + 1
            ):
                continue  # "(2.26 lower vs 18.02 in OmniQuant)": the system compared with
            a, b = match.span("name")
            mention = _unlisted(text, a, b, declared, known, found)
            if mention is not None:
                found[a] = mention
    for word in _ITS_METRIC_WORDS:
        at = text.find(word, start, end)
        while at != -1:
            after = at + len(word)
            named = (
                _NAME_BEFORE_ITS_METRIC.search(text, max(start, at - 40), at)
                if after >= len(text) or not text[after].isalnum()  # (not "FooBench scores")
                else None
            )
            if named is not None:
                a, b = named.span("name")
                mention = _unlisted(text, a, b, False, known, found)
                if mention is not None:
                    found[a] = mention
            at = text.find(word, at + len(word), end)
    # "on ScreenSpot-Pro, FooSpot-v2, and BarWorld-G": the names listed after a benchmark are
    # benchmarks too (the run pairs with a list of values)
    # (a run closed by "and" or "or": "On ImageNet-1K, PoolFormer achieves" names a model after
    # the benchmark)
    for first in sorted([*known, *found.values()], key=lambda d: d.start):
        at, run, closed = first.end, [], 0
        while (match := _NEXT_IN_RUN.match(text, at, end)) is not None:
            a, b = match.span("name")
            mention = _unlisted(text, a, b, False, known, found)
            if mention is None:
                break
            run.append(mention)
            if match.group("joiner"):
                closed = len(run)
            at = match.end()
        if closed and not _VERB_NEXT.match(text, run[closed - 1].end, end):
            found.update((mention.start, mention) for mention in run[:closed])
    for mention in list(found.values()):
        variant = _variant_of(text, mention, known)
        if variant is not None:
            found[mention.start] = variant
    return sorted(found.values(), key=lambda d: d.start)


_SPLIT_SUFFIX: Final = regex.compile(rf"-{SPLIT_WORD}$")
_NEXT_IN_RUN: Final = regex.compile(
    # ("AGORA (107.2 mm NMVE), UBody (57.4 mm PVE), and EHF": each with its result in brackets)
    rf"(?:\s*\([^()]{{1,40}}\))?(?:\s*,\s*(?:(?P<joiner>and|or)\s+)?|\s+(?P<joiner>and|or)\s+)"
    rf"(?P<name>{_CAPITALISED_NAME})(?![\w-])"
    # ("MOSE, SA-V val, and SA-V test": a split after the name is the same benchmark's)
    rf"(?:\s{SPLIT_WORD}\b)?"
)

_AND_BETWEEN: Final = regex.compile(r"\s*(?:,\s*)?(?:and|or|,)\s+")


def _variant_of(
    text: str, mention: DatasetMention, known: list[DatasetMention]
) -> DatasetMention | None:
    """ "on the SWE-bench Lite and Verified benchmarks": a bare word after a listed benchmark
    with a variant in its name is the family's other variant, if the table knows it.

    >>> text = "improves FooQA accuracy from 81.0 to 83.6, and ASR accuracy too"
    >>> [d.name for d in find_unlisted_datasets(text, 0, len(text), [])]
    ['FooQA']
    >>> text = "on the Android-in-the-Wild (AitW) dataset, and by 89% on APPS-dev"
    >>> [d.name for d in find_unlisted_datasets(text, 0, len(text), [])]
    ['Android-in-the-Wild', 'AitW', 'APPS']
    >>> text = "on the SWE-bench Lite and Verified benchmarks"
    >>> known = find_datasets(text)
    >>> [d.name for d in find_unlisted_datasets(text, 0, len(text), known)]
    ['SWE-bench Verified']
    """
    if " " in mention.text:
        return None
    for before in known:
        if " " not in before.name or not _AND_BETWEEN.fullmatch(text, before.end, mention.start):
            continue
        family = before.name.rsplit(" ", 1)[0]
        listed = find_datasets(f"{family} {mention.text}")
        if (
            len(listed) == 1
            and listed[0].start == 0
            and listed[0].end == len(family) + 1 + len(mention.text)
        ):
            return DatasetMention(
                mention.start, mention.end, mention.text, listed[0].name, declared=mention.declared
            )
    return None


# "On ImageNet, FooNet-S and FooNet-M surpass ...": names a verb follows are the models compared
_VERB_NEXT: Final = regex.compile(
    r"\s+(?:also\s+|both\s+|all\s+)?(?:achiev|surpass|outperform|obtain|reach|improv|attain|beat|exceed"
    r"|deliver|yield|show|match|rival|perform|score|set|get|gain|are|is|were|was|has|have)\w*\b"
)


# "in W4A4KV4 (4-bit weight, 4-bit activation, and 4-bit KV cache) Llama-3-8B": the bit widths of
# a quantized model, not a test set
_BIT_WIDTHS: Final = regex.compile(r"W\d{1,2}A\d{1,2}(?:KV\d{1,2})?")


def _unlisted(
    text: str,
    a: int,
    b: int,
    declared: bool,
    known: list[DatasetMention],
    found: dict[int, DatasetMention],
) -> DatasetMention | None:
    """The benchmark named at text[a:b], unless the name is hardware, a model or a kind of task,
    or is already known."""
    name = text[a:b]
    if name in _NOT_BENCHMARKS or name.split()[0] in _NOT_BENCHMARKS or a in found:
        return None
    if (
        _MODEL_SIZE.search(name)
        or _BIT_WIDTHS.fullmatch(name)
        or (not declared and MODEL_FAMILY.match(name))
        or _NAMES_A_MODEL.match(text, b, b + 40)
        or SIZE_NEXT.match(text, b, b + 40)
        or _KIND_OF_TASK.match(text, b, b + 40)
    ):
        # "on Falcon-180B", "on LLaMA models": models, named by size or noun; "on IE tasks": a
        # kind of task, not a test set
        return None
    if any(k.start < b and a < k.end for k in known):
        return None
    canonical = name
    split = _SPLIT_SUFFIX.search(name)
    if split is not None and split.start() >= 2:
        # "APPS-dev", "APPS-test": the splits of one benchmark (its listed name if it has one)
        base = name[: split.start()]
        listed = find_datasets(base)
        canonical = listed[0].name if listed and listed[0].end == len(base) else base
    resolution = _RESOLUTION_SUFFIX.search(name)
    times = _TIMES_SIZE.match(text, b, b + 12) if resolution else None
    square = _SQUARE_SUFFIX.search(name)
    if (resolution and times and times.group(1) == resolution.group(1)) or (
        square and square.group(1) == square.group(2)
    ):
        # "ImageNet-256×256", "CelebA-64×64", "ImageNet-64x64": a benchmark at one resolution is
        # the benchmark; its listed name if it has one.
        base = name[: (resolution or square).start()]
        listed = find_datasets(base)
        canonical = listed[0].name if listed and listed[0].end == len(base) else base
    return DatasetMention(a, b, name, canonical, listed=False, declared=declared)
