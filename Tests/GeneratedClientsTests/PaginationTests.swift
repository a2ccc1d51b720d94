import Foundation
import PayArc
import ProviderRuntime
import Razorpay
import Testing

/// `allContacts` and `allCustomers` walk every page with the generated sending calls: what each page
/// request carries, when the sequence stops, and what it throws when a page is not a page.
@Suite(.timeLimit(.minutes(10))) struct PaginationTests {
    static func contact(_ id: Int) -> String {
        """
        {"id":"cont_\(id)","entity":"contact","name":"Contact \(id)","contact":null,"email":null,"type":null,
        "reference_id":null,"batch_id":null,"active":true,"notes":[],"created_at":1545320320}
        """
    }

    static func contactPage(_ ids: ClosedRange<Int>?) -> RecordingTransport.Reply {
        let items = ids.map { $0.map(contact).joined(separator: ",") } ?? ""
        let count = ids?.count ?? 0
        return .response(status: 200, body: #"{"entity":"collection","count":\#(count),"items":[\#(items)]}"#)
    }

    static func razorpay(_ replies: [RecordingTransport.Reply]) -> (RazorpayClient, RecordingTransport) {
        let transport = RecordingTransport(replaying: replies)
        let configuration = ClientConfiguration(middlewares: [])
        let client = RazorpayClient(
            credentials: BasicCredentials(key: "rzp_test", secret: "secret"),
            transport: transport,
            configuration: configuration
        )
        return (client, transport)
    }

    static func query(_ request: HTTPRequest) -> [String: String] {
        let items = URLComponents(string: request.path ?? "")?.queryItems ?? []
        return Dictionary(uniqueKeysWithValues: items.map { ($0.name, $0.value ?? "") })
    }

    @Test func offsetPagesStopAtAShortPage() async throws {
        let (client, transport) = Self.razorpay([
            Self.contactPage(1...2), Self.contactPage(3...4), Self.contactPage(5...5),
        ])
        var ids: [String] = []
        for try await contact in client.allContacts(type: .vendor, count: 2) {
            ids.append(contact.id)
        }
        #expect(ids == ["cont_1", "cont_2", "cont_3", "cont_4", "cont_5"])
        let queries = transport.requests.map(Self.query)
        #expect(queries.map { $0["skip"] } == ["0", "2", "4"])
        #expect(queries.allSatisfy { $0["count"] == "2" && $0["type"] == "vendor" })
        #expect(transport.requests.allSatisfy { $0.method == .get })
    }

    @Test func anEmptyPageEndsTheSequence() async throws {
        // Two full pages of two, then nothing: the empty page is the last request.
        let (client, transport) = Self.razorpay([
            Self.contactPage(1...2), Self.contactPage(3...4), Self.contactPage(nil),
        ])
        var count = 0
        for try await _ in client.allContacts(count: 2) { count += 1 }
        #expect(count == 4)
        #expect(transport.requests.count == 3)
    }

    @Test func theDefaultPageSizeIsSentAndUsed() async throws {
        let (client, transport) = Self.razorpay([Self.contactPage(1...3)])
        var count = 0
        for try await _ in client.allContacts() { count += 1 }
        #expect(count == 3)
        #expect(transport.requests.map { Self.query($0)["count"] } == ["10"])
    }

    @Test func pagesAreRequestedOnlyAsTheLoopAsks() async throws {
        let (client, transport) = Self.razorpay([Self.contactPage(1...2), Self.contactPage(3...4)])
        var iterator = client.allContacts(count: 2).makeAsyncIterator()
        #expect(try await iterator.next()?.id == "cont_1")
        #expect(try await iterator.next()?.id == "cont_2")
        #expect(transport.requests.count == 1)
    }

    @Test func anErrorStatusThrowsPageFailedAfterTheEarlierItems() async throws {
        let error = #"{"error":{"code":"BAD_REQUEST_ERROR","description":"The from field is invalid."}}"#
        let (client, _) = Self.razorpay([Self.contactPage(1...2), .response(status: 400, body: error)])
        var ids: [String] = []
        do {
            for try await contact in client.allContacts(count: 2) { ids.append(contact.id) }
            Issue.record("the 400 page did not throw")
        } catch let ProviderError.pageFailed(failure) {
            #expect(failure.operation == "listContacts")
            #expect(failure.page == 2)
            guard case .response(let raw, let mismatches) = failure.reason else {
                Issue.record("unexpected reason \(failure.reason)")
                return
            }
            #expect(raw.status == 400)
            #expect(mismatches.isEmpty)
            #expect("\(failure)".contains("listContacts: page 2: status 400 is not a page"))
        }
        #expect(ids == ["cont_1", "cont_2"])
    }

    @Test func aPageThatDoesNotDecodeThrowsWithItsMismatches() async throws {
        let (client, _) = Self.razorpay([.response(status: 200, body: #"{"entity":"collection","count":1}"#)])
        await #expect {
            for try await _ in client.allContacts() {}
        } throws: { error in
            guard case ProviderError.pageFailed(let failure) = error, case .response(_, let mismatches) = failure.reason
            else { return false }
            return mismatches.map(\.description) == ["status 200: items: missing required field"]
        }
    }

    @Test func invalidInputThrowsBeforeAnythingIsSent() async throws {
        let (client, transport) = Self.razorpay([])
        await #expect {
            for try await _ in client.allContacts(count: 101) {}
        } throws: { error in
            guard case ProviderError.invalidInput(.invalid(let issues)) = error else { return false }
            return issues.map(\.path) == ["count"]
        }
        #expect(transport.requests.isEmpty)
    }

    static func customer(_ id: Int) -> String {
        """
        {"object":"customer","id":"cus\(id)","name":null,"real_id":\(id),"email":null,"description":null,
        "payment_overdue":null,"send_email_address":null,"cc_email_address":null,"source_id":null,"address_1":null,
        "address_2":null,"city":null,"state":null,"zip":null,"phone":null,"country":null,
        "created_at":"2024-01-02 03:04:05","updated_at":"2024-01-02 03:04:05","readable_created_at":"now",
        "readable_updated_at":"now","invoice_prefix":"X","card":{"data":[]},"charge":{"data":[]}}
        """
    }

    static func customerPage(_ ids: ClosedRange<Int>, page: Int, of pages: Int) -> RecordingTransport.Reply {
        let items = ids.map(customer).joined(separator: ",")
        let meta = #"{"include":[],"custom":[],"pagination":{"current_page":\#(page),"total_pages":\#(pages)}}"#
        return .response(status: 200, body: #"{"data":[\#(items)],"meta":\#(meta)}"#)
    }

    @Test func pageNumbersStopAtTheLastPageTheProviderNames() async throws {
        // Full pages of 2 each time: only `total_pages` tells the sequence that page 2 is the last.
        let transport = RecordingTransport(replaying: [
            Self.customerPage(1...2, page: 1, of: 2), Self.customerPage(3...4, page: 2, of: 2),
        ])
        let client = PayArcClient(
            token: BearerToken("token"),
            transport: transport,
            configuration: ClientConfiguration(middlewares: [])
        )
        var ids: [String] = []
        for try await customer in client.allCustomers(limit: 2, include: "card") { ids.append(customer.id) }
        #expect(ids == ["cus1", "cus2", "cus3", "cus4"])
        let queries = transport.requests.map(Self.query)
        #expect(queries.map { $0["page"] } == ["1", "2"])
        #expect(queries.allSatisfy { $0["limit"] == "2" && $0["include"] == "card" })
    }
}
