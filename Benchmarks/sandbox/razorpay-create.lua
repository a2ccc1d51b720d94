-- A validated Razorpay create: the seed's example contact, with basic credentials.
-- Every request carries the same details, so after the first the sandbox answers with the existing
-- contact (Razorpay's documented semantics): each request is read, validated and looked up.
wrk.method = "POST"
wrk.path = "/razorpay/v1/contacts"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic cnpwX3Rlc3Rfa2V5OnNlY3JldA=="
wrk.body = '{"name":"Gaurav Kumar","email":"gaurav.kumar@example.com","contact":"9000090000",' ..
  '"type":"employee","reference_id":"Acme Contact ID 12345","notes":{"notes_key_1":"Tea, Earl Grey, Hot"}}'

-- No `response` callback: it makes wrk hand every response to Lua, which slows the client, and wrk
-- already counts non-2xx answers.
done = function(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
