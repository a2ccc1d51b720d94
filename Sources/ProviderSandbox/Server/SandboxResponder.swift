import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Carries bytes between Hummingbird and the pipeline: collects the body within the size limit,
/// hands the request to `SandboxService`, and writes its answer (or marks the connection to drop).
struct SandboxResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let service: SandboxService

    func respond(to request: Request, context: Context) async throws -> Response {
        let method = request.method.rawValue
        let path = request.uri.path
        if let length = request.headers[.contentLength].flatMap(Int.init), length > SandboxLimits.maxBodyBytes {
            return Self.response(service.tooLarge(path: path, method: method))
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: SandboxLimits.maxBodyBytes)
        } catch {
            return Self.response(service.tooLarge(path: path, method: method))
        }
        let answer = await service.handle(
            SandboxRequest(
                method: method,
                path: path,
                query: request.uri.query ?? "",
                headers: request.headers,
                body: Data(buffer: body)
            )
        )
        return Self.response(answer)
    }

    static func response(_ answer: SandboxResponse) -> Response {
        var headers = answer.headers
        if answer.dropsConnection { headers[ConnectionDropHandler.marker] = "1" }
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        )
    }
}
