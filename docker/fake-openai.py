#!/usr/bin/env python3
"""An OpenAI-compatible chat endpoint with canned replies, for the AOT training run only (docker/aot-train.sh).

It answers plans, follow-ups and reviews the way a model would, so the training run records the classes and method
profiles of the model path too; every fifth call fails with a 500, so the retry and fallback paths are in the cache
as well. Usage: fake-openai.py <port>
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CATEGORIES = {
    "ml_fundamentals": [
        "How would you explain the bias-variance tradeoff using the gradient boosting fraud model you built?",
        "Why did regularisation matter for the churn model, and what would you have seen without it?",
    ],
    "statistics_probability": [
        "How would you check whether a confounder explains the drop in chargebacks after your model launched?",
        "Explain a p-value to a product manager using the A/B test of your fraud rules.",
    ],
    "model_evaluation": [
        "Why did you optimise recall at a fixed precision for fraud, and what does each error cost the business?",
        "How would you evaluate the churn model when only five percent of customers leave each quarter?",
    ],
    "applied_case_study": [
        "Design a real-time fraud scoring service with a 50 ms budget: what do you clarify before choosing a model?",
        "How would you build a churn early-warning system for a subscription business from scratch?",
    ],
    "behavioral": [
        "Tell me about a time your fraud model underperformed after launch: what did you do and what changed?",
        "Describe a disagreement about model choice with a stakeholder and how you resolved it.",
    ],
}


def completion(content):
    return {
        "id": "chatcmpl-aot-training", "object": "chat.completion", "created": 1700000000, "model": "aot-training",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 300, "completion_tokens": 120, "total_tokens": 420},
    }


class Handler(BaseHTTPRequestHandler):
    calls = 0

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8", "replace")
        Handler.calls += 1
        if Handler.calls % 5 == 0:
            self.reply(500, {"error": {"message": "training fault", "type": "server_error"}})
        elif "<<<RESUME>>>" in body:
            questions = [{"category": c, "text": t, "projectRef": "Fraud detection", "rationale": "Their own work."}
                         for c, texts in CATEGORIES.items() for t in texts]
            self.reply(200, completion(json.dumps({"questions": questions})))
        elif "Rule-based findings" in body:
            self.reply(200, completion(json.dumps({
                "verdict": "Mostly correct; the metric choice is justified by the cost of each error.",
                "corrections": ["Say how the precision threshold was chosen."],
                "modelAnswerOutline": ["Objective and constraints", "Model choice", "Metric and its cost",
                                       "Measured outcome"]})))
        else:
            self.reply(200, completion(json.dumps(
                {"text": "What would you change about that model today, and what would it cost to change it?"})))

    def do_GET(self):
        self.reply(200, {"calls": Handler.calls})

    def reply(self, status, payload):
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
