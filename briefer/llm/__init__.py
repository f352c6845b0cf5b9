"""The LLM side of the openai engine, one job per module.

    schema     the answers asked for (pydantic) and the JSON Schema sent for them
    modes      where the schema goes in a request, where the answer is read back
    prompts    the jinja2 templates of prompts/, filled in
    client     one structured question: cache, concurrency, retries, re-asks, usage
    merge      folding partial briefs together (the deterministic part of reduce)
    mapreduce  chunks -> map calls -> reduce -> summary, with per-chunk fallback

`briefer.engines.openai.OpenAIEngine` puts them together behind the Engine protocol.
"""
