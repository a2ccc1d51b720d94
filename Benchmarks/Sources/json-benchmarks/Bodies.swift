import Foundation

/// The providers' documented response bodies, as the generated-client tests decode them
/// (copied from Tests/GeneratedClientsTests: the benchmark package cannot import test targets).
enum SeedBodies {
    /// JetpayTests.seedResponseJSON
    static let jetpay = Data(
        """
        { "identifier": "contact_123", "email": "johnsmith@mail.com", "name": "John Smith", "tags": [],
          "contact_type": "customer", "language": "en" }
        """.utf8
    )

    /// KoyweTests.contactJSON
    static let koywe = Data(
        """
        {"id":"cnt_01HZX","countrySymbol":"CO","merchantId":"mer_1","firstName":"Juan","lastName":null,
         "email":"juan.perez@example.com","phone":"+573001234567",
         "address":{"addressLine1":"Calle 100 # 10-20","city":"Bogotá","postalCode":"110111"},
         "businessType":"PERSON","tax":{"type":"NIT","number":"900123456"},"document":{"type":"CC","number":"1234567890"},
         "createdAt":"2024-05-06T07:08:09.123Z","updatedAt":"2024-05-06T07:08:09Z","externalId":null}
        """.utf8
    )

    /// PIKTests.seedResponseJSON
    static let pik = Data(
        """
        {
            "code": 200,
            "message": "success",
            "data": {
                "contactCode": "string",
                "contactType": "string",
                "businessType": "string",
                "displayName": "string",
                "nickname": "string",
                "companyName": "string",
                "firstName": "string",
                "lastName": "string",
                "email": "string",
                "phone": "string",
                "countryCode": "string",
                "nationality": "string",
                "status": "string",
                "verificationStatus": "string",
                "isFrequent": 0,
                "createTimeUtc": "2019-08-24",
                "updateTimeUtc": "2019-08-24",
                "paymentContactAddress": {
                    "addressType": "string",
                    "countryCode": "string",
                    "state": "string",
                    "city": "string",
                    "streetAddress": "string",
                    "postalCode": "string",
                    "createTimeUtc": "2019-08-24",
                    "updateTimeUtc": "2019-08-24"
                },
                "paymentContactAccount": {
                    "accountType": "string",
                    "paymentMethod": "string",
                    "accountHolder": "string",
                    "accountCurrencyCode": "string",
                    "bankName": "string",
                    "bankCountryCode": "string",
                    "bankAddress": "string",
                    "accountNumber": "string",
                    "iban": "string",
                    "swiftCode": "string",
                    "walletNetwork": "string",
                    "walletAddress": "string",
                    "walletTag": "string",
                    "clearingSystem": "string",
                    "isDefault": 0,
                    "status": "string",
                    "createTimeUtc": "2019-08-24",
                    "updateTimeUtc": "2019-08-24",
                    "paymentContactAccountField": {
                        "fieldKey": "string",
                        "fieldValue": "string",
                        "fieldLabel": "string",
                        "fieldGroup": "string",
                        "sort": 0,
                        "isRequired": 0,
                        "createTimeUtc": "2019-08-24",
                        "updateTimeUtc": "2019-08-24"
                    }
                }
            }
        }
        """.utf8
    )

    /// PayArcTests.seedResponseJSON
    static let payArc = Data(
        """
        {
        "data": {
        "object": "customer",
        "id": "KPxMADVnxMV4nNjp",
        "name": "John Smith",
        "real_id": 110,
        "email": "customer@xyz.com",
        "description": null,
        "payment_overdue": null,
        "send_email_address": "invoicing@xyz.com",
        "cc_email_address": "cc@xyz.com",
        "source_id": null,
        "address_1": "103 Mason Street",
        "address_2": "2nd Floor",
        "city": "New York",
        "state": "NY",
        "zip": "10469",
        "phone": "541754301",
        "country": "US",
        "created_at": "2018-11-27 07:36:58",
        "updated_at": "2018-11-27 07:36:58",
        "readable_created_at": "1 second ago",
        "readable_updated_at": "1 second ago",
        "invoice_prefix": "52KZ",
        "card": {
        "data": []
        },
        "charge": {
        "data": []
        }
        },
        "meta": {
        "include": [
        "card",
        "charge",
        "subscription",
        "invoice"
        ],
        "custom": []
        }
        }
        """.utf8
    )

    /// RazorpayTests.seedResponseJSON
    static let razorpay = Data(
        """
        {
        "id": "cont_00000000000001",
        "entity": "contact",
        "name": "Gaurav Kumar",
        "contact": "9000090000",
        "email": "gaurav.kumar@example.com",
        "type": "employee",
        "reference_id": "Acme Contact ID 12345",
        "batch_id": null,
        "active": true,
        "notes": {
        "notes_key_1": "Tea, Earl Grey, Hot",
        "notes_key_2": "Tea, Earl Grey… decaf."
        },
        "created_at": 1545320320
        }
        """.utf8
    )
}
