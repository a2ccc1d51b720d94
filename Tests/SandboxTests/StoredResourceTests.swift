import Foundation
import PayArc
import ProviderRuntime
import ProviderSandbox
import Razorpay
import Testing

/// Fetch, list, update and delete answer from what the creates stored (`fetch: createContact` and
/// the like in the schemas' `sandbox:` sections), driven by the generated clients.
@Suite(.timeLimit(.minutes(10)))
struct StoredResourceTests {
    static func payArc(_ sandbox: RunningSandbox) -> PayArc.Client {
        PayArc.Client(
            server: .custom(sandbox.url(for: "PayArc")),
            token: BearerToken("test-token"),
            configuration: SeedExampleTests.configuration
        )
    }

    static func contact(_ name: String, reference: String? = nil) -> CreateContactRequest {
        CreateContactRequest(
            name: name,
            email: "\(name.lowercased().filter(\.isLetter))@example.com",
            referenceId: reference
        )
    }

    @Test func aCreatedContactIsFetchedBackAndAnUnknownIDIsRazorpaysBadRequest() async throws {
        try await withSandbox { sandbox in
            let client = StatefulTests.razorpay(sandbox)
            let id = try #require(try await StatefulTests.createdID(client, StatefulTests.gaurav))
            let fetched = try await client.fetchContact(id: id)
            guard case .ok(.decoded(let contact), _) = fetched else {
                Issue.record("expected a decoded 200, got \(fetched.status): \(fetched.raw.text ?? "")")
                return
            }
            #expect(contact.id == id)
            #expect(contact.name == "Gaurav Kumar")
            #expect(contact.referenceId == "Acme Contact ID 12345")
            let unknown = try await client.fetchContact(id: "cont_00000000000000")
            guard case .clientError(.decoded(let error), _) = unknown else {
                Issue.record("expected a decoded 4XX, got \(unknown.status): \(unknown.raw.text ?? "")")
                return
            }
            #expect(unknown.status == 400)
            #expect(error.error.code == "BAD_REQUEST_ERROR")
            #expect(error.error.description == "The id provided does not exist")
        }
    }

    @Test func razorpayListsNewestFirstByCountAndSkipWithFilters() async throws {
        try await withSandbox { sandbox in
            let client = StatefulTests.razorpay(sandbox)
            var ids: [String] = []
            for name in ["Asha Rao", "Bela Sen", "Chitra Das"] {
                ids.append(try #require(try await StatefulTests.createdID(client, Self.contact(name))))
            }
            let first = try await client.listContacts(count: 2)
            guard case .ok(.decoded(let page), _) = first else {
                Issue.record("expected a decoded 200, got \(first.status): \(first.raw.text ?? "")")
                return
            }
            #expect(page.items.map(\.id) == [ids[2], ids[1]])
            #expect(page.count == 2)
            let second = try await client.listContacts(count: 2, skip: 2)
            guard case .ok(.decoded(let rest), _) = second else {
                Issue.record("expected a decoded 200, got \(second.status)")
                return
            }
            #expect(rest.items.map(\.id) == [ids[0]])
            #expect(rest.count == 1)
            let named = try await client.listContacts(name: "Bela Sen")
            guard case .ok(.decoded(let filtered), _) = named else { return }
            #expect(filtered.items.map(\.id) == [ids[1]])
            // `from` and `to` bound created_at, in Unix seconds, both included.
            let now = Int(Date().timeIntervalSince1970)
            let later = try await client.listContacts(from: now + 3600)
            guard case .ok(.decoded(let none), _) = later else { return }
            #expect(none.items.isEmpty)
            let earlier = try await client.listContacts(from: now - 3600, to: now + 3600)
            guard case .ok(.decoded(let all), _) = earlier else { return }
            #expect(all.items.count == 3)
            // Every item, page after page, with the client's sequence.
            var walked: [String] = []
            for try await contact in client.allContacts(count: 1) { walked.append(contact.id) }
            #expect(walked == ids.reversed())
        }
    }

    @Test func anUpdateMergesTheSentFieldsAndAFetchSeesThem() async throws {
        try await withSandbox { sandbox in
            let client = StatefulTests.razorpay(sandbox)
            let id = try #require(try await StatefulTests.createdID(client, StatefulTests.gaurav))
            let updated = try await client.updateContact(id: id, UpdateContactRequest(contact: "9123456789"))
            guard case .ok(.decoded(let contact), _) = updated else {
                Issue.record("expected a decoded 200, got \(updated.status): \(updated.raw.text ?? "")")
                return
            }
            #expect(contact.id == id)
            #expect(contact.contact == "9123456789")
            // The fields not sent keep their values.
            #expect(contact.name == "Gaurav Kumar")
            #expect(contact.email == "gaurav.kumar@example.com")
            guard case .ok(.decoded(let fetched), _) = try await client.fetchContact(id: id) else {
                Issue.record("the updated contact could not be fetched")
                return
            }
            #expect(fetched.contact == "9123456789")
            #expect(fetched.createdAt == contact.createdAt)
            // Deactivating is an update too; the list's `active` filter reads it as 1 or 0.
            let deactivated = try await client.setContactActive(id: id, ContactActivation(active: false))
            guard case .ok(.decoded(let inactive), _) = deactivated else {
                Issue.record("expected a decoded 200, got \(deactivated.status): \(deactivated.raw.text ?? "")")
                return
            }
            #expect(inactive.active == false)
            guard case .ok(.decoded(let inactivePage), _) = try await client.listContacts(active: .inactive),
                case .ok(.decoded(let activePage), _) = try await client.listContacts(active: .active)
            else {
                Issue.record("the contacts could not be listed by activity")
                return
            }
            #expect(inactivePage.items.map(\.id) == [id])
            #expect(activePage.items.isEmpty)
            let unknown = try await client.updateContact(
                id: "cont_00000000000000",
                UpdateContactRequest(name: "Nobody")
            )
            #expect(unknown.status == 400)
        }
    }

    @Test func payArcRetrievesUpdatesListsByPageAndDeletes() async throws {
        try await withSandbox { sandbox in
            let client = Self.payArc(sandbox)
            var ids: [String] = []
            for name in ["Shah Deep", "Mira Vale", "Noor Amin"] {
                let created = try await client.createCustomer(PayArc.CreateCustomerRequest(name: name, city: "Roselle"))
                guard case .created(.decoded(let body), _) = created else {
                    Issue.record("expected a decoded 201, got \(created.status): \(created.raw.text ?? "")")
                    return
                }
                ids.append(body.payload.id)
            }
            guard case .ok(.decoded(let retrieved), _) = try await client.retrieveCustomer(customerId: ids[1]) else {
                Issue.record("the created customer could not be retrieved")
                return
            }
            #expect(retrieved.payload.name == "Mira Vale")
            #expect(retrieved.envelope.meta.include == ["card", "charge", "subscription", "invoice"])

            let updated = try await client.updateCustomer(
                customerId: ids[1],
                PayArc.CreateCustomerRequest(city: "Newark")
            )
            guard case .ok(.decoded(let changed), _) = updated else {
                Issue.record("expected a decoded 200, got \(updated.status): \(updated.raw.text ?? "")")
                return
            }
            #expect(changed.payload.city == "Newark")
            #expect(changed.payload.name == "Mira Vale")

            let listed = try await client.listCustomers(limit: 2, page: 2)
            guard case .ok(.decoded(let page), _) = listed else {
                Issue.record("expected a decoded 200, got \(listed.status): \(listed.raw.text ?? "")")
                return
            }
            #expect(page.data.map(\.id) == [ids[2]])
            #expect(page.meta.pagination.totalPages == 2)
            #expect(page.meta.pagination.total == 3)
            #expect(page.meta.pagination.count == 1)
            #expect(page.meta.pagination.perPage == 2)
            #expect(page.meta.pagination.currentPage == 2)

            let deleted = try await client.deleteCustomer(customerId: ids[1])
            guard case .success = deleted else {
                Issue.record("expected a 2XX, got \(deleted.status): \(deleted.raw.text ?? "")")
                return
            }
            guard case .notFound(.decoded(let missing), _) = try await client.retrieveCustomer(customerId: ids[1])
            else {
                Issue.record("a deleted customer was still retrieved")
                return
            }
            #expect(missing.message.contains(ids[1]))
            #expect(try await client.deleteCustomer(customerId: ids[1]).status == 404)
            guard case .ok(.decoded(let after), _) = try await client.listCustomers() else { return }
            #expect(after.data.map(\.id) == [ids[0], ids[2]])
        }
    }

    @Test func aPagingParameterOutOfItsBoundsIsRefused() async throws {
        try await withSandbox { sandbox in
            let refused = try await sandbox.send(
                "GET",
                "/razorpay/v1/contacts?count=500",
                headers: ["Authorization": TestCredentials.basic]
            )
            #expect(refused.status == 400)
            let body = try jsonObject(refused.body)
            #expect((body["error"] as? [String: Any])?["field"] as? String == "count")
        }
    }

    /// The contract test found a page number near Int.max trapping on overflow; such a page is
    /// past the end, so it is empty, and the sandbox keeps serving.
    @Test func aPagePastEveryPossibleOffsetIsEmptyAndNothingCrashes() async throws {
        try await withSandbox { sandbox in
            for (path, credentials) in [
                ("/payarc/v1/customers?page=\(Int.max)&limit=2", TestCredentials.bearer),
                ("/payarc/v1/customers?page=\(Int.max / 2)&limit=\(Int.max)", TestCredentials.bearer),
                ("/razorpay/v1/contacts?skip=\(Int.max)&count=100", TestCredentials.basic),
            ] {
                let listed = try await sandbox.send("GET", path, headers: ["Authorization": credentials])
                #expect(listed.status == 200 || listed.status == 422, "\(path): \(listed.status)")
            }
            let page = try await sandbox.send(
                "GET",
                "/payarc/v1/customers?page=\(Int.max)&limit=2",
                headers: ["Authorization": TestCredentials.bearer]
            )
            #expect(page.status == 200)
            #expect((try jsonObject(page.body)["data"] as? [Any])?.isEmpty == true)
            let afterwards = try await sandbox.send(
                "GET",
                "/razorpay/v1/contacts",
                headers: ["Authorization": TestCredentials.basic]
            )
            #expect(afterwards.status == 200)
        }
    }

    /// The query check and the list read one parsing of the query: a name sent twice counts by its
    /// last value in both, so an out-of-bounds value the check refused can't page the list.
    @Test func aRepeatedQueryNameIsReadByItsLastValueEverywhere() async throws {
        try await withSandbox { sandbox in
            let refused = try await sandbox.send(
                "GET",
                "/razorpay/v1/contacts?count=2&count=500",
                headers: ["Authorization": TestCredentials.basic]
            )
            #expect(refused.status == 400)
            let listed = try await sandbox.send(
                "GET",
                "/razorpay/v1/contacts?count=500&count=1",
                headers: ["Authorization": TestCredentials.basic]
            )
            #expect(listed.status == 200)
        }
    }

    @Test func aRestartWithTheStateFileKeepsWhatAFetchAnswers() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-stored-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let id = try await withSandbox(stateFile: file.path) { sandbox in
            let client = StatefulTests.razorpay(sandbox)
            let id = try #require(try await StatefulTests.createdID(client, StatefulTests.gaurav))
            _ = try await client.updateContact(id: id, UpdateContactRequest(contact: "9123456789"))
            return id
        }
        try await withSandbox(stateFile: file.path) { sandbox in
            let client = StatefulTests.razorpay(sandbox)
            guard case .ok(.decoded(let contact), _) = try await client.fetchContact(id: id) else {
                Issue.record("the contact did not survive the restart")
                return
            }
            #expect(contact.contact == "9123456789")
            guard case .ok(.decoded(let page), _) = try await client.listContacts() else { return }
            #expect(page.items.map(\.id) == [id])
        }
    }
}
