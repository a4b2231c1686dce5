/**
 * GENERATED FILE — DO NOT EDIT.
 * openapi-typescript output for spec/conversations-v1.yaml. Regenerate with `npm run generate`;
 * a unit test fails when this file differs from a fresh generation.
 */

export type paths = {
    "/v1/Configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch the account's Conversations configuration */
        get: operations["fetchConfiguration"];
        put?: never;
        /** Update the account's Conversations configuration */
        post: operations["updateConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Configuration/Addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's address configurations */
        get: operations["listConfigurationAddress"];
        put?: never;
        /** Create an address configuration */
        post: operations["createConfigurationAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Configuration/Addresses/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (IG…) of the address configuration, or its address. */
                Sid: components["parameters"]["AddressConfigurationSidPath"];
            };
            cookie?: never;
        };
        /** Fetch an address configuration */
        get: operations["fetchConfigurationAddress"];
        put?: never;
        /** Update an address configuration */
        post: operations["updateConfigurationAddress"];
        /** Delete an address configuration */
        delete: operations["deleteConfigurationAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Configuration/Webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch the account's global webhook configuration */
        get: operations["fetchConfigurationWebhook"];
        put?: never;
        /** Update the account's global webhook configuration */
        post: operations["updateConfigurationWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the conversations of the account's default Conversation Service.
         * @description Derived from 004:L16905 and the default-form list example at 004:L35007-35168 (`key: conversations`). The filters are documented only for the service-scoped list; see D-CONV-9.
         */
        get: operations["listConversation"];
        put?: never;
        /**
         * Create a conversation in the account's default Conversation Service.
         * @description Derived from 004:L16550 (service-scoped create) and the default-form curl at 004:L31033. See D-CONV-1.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List the Messages of a Conversation of the default Conversation Service.
         * @description 004:L4993-5025
         */
        get: operations["listConversationMessage"];
        put?: never;
        /**
         * Add a Message to a Conversation of the default Conversation Service.
         * @description 004:L4623-4688
         */
        post: operations["createConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description The SID of the message within a Conversation the delivery receipt belongs to. */
                MessageSid: components["parameters"]["parameters-MessageSid"];
            };
            cookie?: never;
        };
        /**
         * List the delivery receipts of a Message in the default Conversation Service.
         * @description 004:L12271-12302
         */
        get: operations["listConversationMessageReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description The SID of the message within a Conversation the delivery receipt belongs to. */
                MessageSid: components["parameters"]["parameters-MessageSid"];
                /** @description A 34 character string that uniquely identifies this delivery receipt. */
                Sid: components["parameters"]["ReceiptSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a delivery receipt of a Message in the default Conversation Service.
         * @description 004:L12148-12167
         */
        get: operations["fetchConversationMessageReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Messages/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this Message. */
                Sid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a Message of a Conversation of the default Conversation Service.
         * @description 004:L4837-4850
         */
        get: operations["fetchConversationMessage"];
        put?: never;
        /**
         * Update a Message of a Conversation of the default Conversation Service.
         * @description Media and ContentSid cannot be changed; media is immutable once created (004:L22532). 004:L5594-5648
         */
        post: operations["updateConversationMessage"];
        /**
         * Delete a Message of a Conversation of the default Conversation Service.
         * @description Deleting a message also cleans up its media (004:L22532). 004:L5800-5821
         */
        delete: operations["deleteConversationMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List the participants of a conversation of the default Conversation Service.
         * @description 004:L6698-6723; response example 004:L6783-6912.
         */
        get: operations["listConversationParticipant"];
        put?: never;
        /**
         * Add a participant to a conversation of the default Conversation Service.
         * @description 004:L6169-6234. An SMS participant needs `MessagingBinding.Address` + `MessagingBinding.ProxyAddress`; a chat participant needs `Identity` (004:L6172-6175); Group MMS variants at 004:L26850-26853 (D-PART-7).
         */
        post: operations["createConversationParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Participants/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a participant of a conversation of the default Conversation Service by SID or identity.
         * @description 004:L6455-6467, L6582.
         */
        get: operations["fetchConversationParticipant"];
        put?: never;
        /**
         * Update a participant of a conversation of the default Conversation Service.
         * @description 004:L6917-6986.
         */
        post: operations["updateConversationParticipant"];
        /**
         * Remove a participant from a conversation of the default Conversation Service.
         * @description 004:L7216-7236. Frees the participant's number pair (004:L28729-28730).
         */
        delete: operations["deleteConversationParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List the webhooks of a Conversation of the default Conversation Service.
         * @description 004:L11522-11547
         */
        get: operations["listConversationScopedWebhook"];
        put?: never;
        /**
         * Attach a webhook to a Conversation of the default Conversation Service.
         * @description 004:L11237-11286
         */
        post: operations["createConversationScopedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{ConversationSid}/Webhooks/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this webhook. */
                Sid: components["parameters"]["WebhookSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a webhook of a Conversation of the default Conversation Service.
         * @description 004:L11411-11424
         */
        get: operations["fetchConversationScopedWebhook"];
        put?: never;
        /**
         * Update a webhook of a Conversation of the default Conversation Service.
         * @description Target and ReplayAfter cannot be changed. 004:L11783-11826
         */
        post: operations["updateConversationScopedWebhook"];
        /**
         * Detach a webhook from a Conversation of the default Conversation Service.
         * @description 004:L11939-11952
         */
        delete: operations["deleteConversationScopedWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Conversations/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        /**
         * Fetch a conversation of the default Conversation Service by SID or unique name.
         * @description Derived from 004:L16758 and the default-form fetch example at 004:L417. See D-CONV-1.
         */
        get: operations["fetchConversation"];
        put?: never;
        /**
         * Update a conversation of the default Conversation Service.
         * @description Derived from 004:L17118 and the default-form update examples at 004:L25762-25821, L25956-25974. A conversation in the `initializing` state cannot be updated (004:L7442); see D-CONV-11.
         */
        post: operations["updateConversation"];
        /**
         * Delete a conversation of the default Conversation Service with its messages, media and participants.
         * @description Derived from 004:L17334 and the default-form deletes at 004:L25017, L27679. Deleting a conversation deletes all its messages, attached media and participants (004:L33787) and frees its number pairs (004:L28729-28732).
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ConversationWithParticipants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a conversation with up to 10 participants in the account's default Conversation Service.
         * @description 001:L143-251; 002; 004:L7439-7519. Response 201 or 202 with the same body (D-CWP-1).
         */
        post: operations["createConversationWithParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's push-notification Credentials.
         * @description 004:L15089-15108
         */
        get: operations["listCredential"];
        put?: never;
        /**
         * Create a push-notification Credential.
         * @description 004:L14862-14903
         */
        post: operations["createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Credentials/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["CredentialSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a push-notification Credential.
         * @description 004:L14992-15000
         */
        get: operations["fetchCredential"];
        put?: never;
        /**
         * Update a push-notification Credential.
         * @description Same parameters as create, all optional (Type included). 004:L15236-15284
         */
        post: operations["updateCredential"];
        /**
         * Delete a push-notification Credential.
         * @description 004:L15373-15381
         */
        delete: operations["deleteCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ParticipantConversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the Conversations of a participant (by Identity or Address) in the default Conversation Service.
         * @description Give exactly one of Identity or Address ("Users can provide only one parameter at a time", 004:L13436; D-PCONV-2). Results are sorted by conversation SID. Group MMS participants without an identifier are not found (004:L13536). 004:L13528-13564
         */
        get: operations["listParticipantConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the Roles of the default Conversation Service.
         * @description 004:L9038-9057
         */
        get: operations["listRole"];
        put?: never;
        /**
         * Create a Role in the default Conversation Service.
         * @description 004:L8789-8810
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Roles/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Role resource. */
                Sid: components["parameters"]["RoleSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a Role of the default Conversation Service.
         * @description 004:L8923-8931
         */
        get: operations["fetchRole"];
        put?: never;
        /**
         * Replace the permissions of a Role of the default Conversation Service.
         * @description The update replaces all previously assigned permissions; FriendlyName and Type cannot be changed. 004:L9197-9213
         */
        post: operations["updateRole"];
        /**
         * Delete a Role of the default Conversation Service.
         * @description 004:L9320-9328
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's Conversation Services */
        get: operations["listService"];
        put?: never;
        /** Create a Conversation Service */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Bindings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        /**
         * List the push Bindings of a Conversation Service.
         * @description Filters by BindingType and Identity (each repeatable). 004:L14492-14530
         */
        get: operations["listServiceBinding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Bindings/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["BindingSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a push Binding of a Conversation Service.
         * @description 004:L14365-14379
         */
        get: operations["fetchServiceBinding"];
        put?: never;
        post?: never;
        /**
         * Delete a push Binding of a Conversation Service.
         * @description 004:L14679-14693
         */
        delete: operations["deleteServiceBinding"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Configuration": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        /** Fetch the configuration of a Conversation Service */
        get: operations["fetchServiceConfiguration"];
        put?: never;
        /** Update the configuration of a Conversation Service */
        post: operations["updateServiceConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Configuration/Notifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        /** Fetch the push notification configuration of a Conversation Service */
        get: operations["fetchServiceNotification"];
        put?: never;
        /** Update the push notification configuration of a Conversation Service */
        post: operations["updateServiceNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Configuration/Webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        /** Fetch the webhook configuration of a Conversation Service */
        get: operations["fetchServiceWebhookConfiguration"];
        put?: never;
        /** Update the webhook configuration of a Conversation Service */
        post: operations["updateServiceWebhookConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        /**
         * List the conversations of a Conversation Service.
         * @description 004:L16904-16947; response example 004:L17007-17115.
         */
        get: operations["listServiceConversation"];
        put?: never;
        /**
         * Create a conversation in a Conversation Service.
         * @description 004:L16549-16626
         */
        post: operations["createServiceConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List the Messages of a Conversation of a Conversation Service.
         * @description 004:L19630-19668
         */
        get: operations["listServiceConversationMessage"];
        put?: never;
        /**
         * Add a Message to a Conversation of a Conversation Service.
         * @description 004:L19245-19316
         */
        post: operations["createServiceConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description The SID of the message within a Conversation the delivery receipt belongs to. */
                MessageSid: components["parameters"]["parameters-MessageSid"];
            };
            cookie?: never;
        };
        /**
         * List the delivery receipts of a Message in a Conversation Service.
         * @description Service form of listConversationMessageReceipt (004:L12078-12080, L20396-20397); D-RCPT-1.
         */
        get: operations["listServiceConversationMessageReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description The SID of the message within a Conversation the delivery receipt belongs to. */
                MessageSid: components["parameters"]["parameters-MessageSid"];
                /** @description A 34 character string that uniquely identifies this delivery receipt. */
                Sid: components["parameters"]["ReceiptSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a delivery receipt of a Message in a Conversation Service.
         * @description Service form of fetchConversationMessageReceipt (004:L12078-12080, L20396-20397); D-RCPT-1.
         */
        get: operations["fetchServiceConversationMessageReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this Message. */
                Sid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a Message of a Conversation of a Conversation Service.
         * @description 004:L19462-19481
         */
        get: operations["fetchServiceConversationMessage"];
        put?: never;
        /**
         * Update a Message of a Conversation of a Conversation Service.
         * @description Media and ContentSid cannot be changed (004:L22532). 004:L20042-20102
         */
        post: operations["updateServiceConversationMessage"];
        /**
         * Delete a Message of a Conversation of a Conversation Service.
         * @description Deleting a message also cleans up its media (004:L22532). 004:L20251-20275
         */
        delete: operations["deleteServiceConversationMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List the participants of a conversation of a Conversation Service.
         * @description 004:L18017-18048; response example 004:L18111-18246.
         */
        get: operations["listServiceConversationParticipant"];
        put?: never;
        /**
         * Add a participant to a conversation of a Conversation Service.
         * @description 004:L17571-17637; 003:L1-143.
         */
        post: operations["createServiceConversationParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a participant of a conversation of a Conversation Service by SID or identity.
         * @description 004:L17756-17774, L17895.
         */
        get: operations["fetchServiceConversationParticipant"];
        put?: never;
        /**
         * Update a participant of a conversation of a Conversation Service.
         * @description 004:L18251-18326.
         */
        post: operations["updateServiceConversationParticipant"];
        /**
         * Remove a participant from a conversation of a Conversation Service.
         * @description 004:L18448-18475.
         */
        delete: operations["deleteServiceConversationParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
            };
            cookie?: never;
        };
        /**
         * List the webhooks of a Conversation of a Conversation Service.
         * @description 004:L20917-20948
         */
        get: operations["listServiceConversationScopedWebhook"];
        put?: never;
        /**
         * Attach a webhook to a Conversation of a Conversation Service.
         * @description 004:L20623-20678
         */
        post: operations["createServiceConversationScopedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this webhook. */
                Sid: components["parameters"]["WebhookSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a webhook of a Conversation of a Conversation Service.
         * @description 004:L20794-20813
         */
        get: operations["fetchServiceConversationScopedWebhook"];
        put?: never;
        /**
         * Update a webhook of a Conversation of a Conversation Service.
         * @description Target and ReplayAfter cannot be changed. 004:L21196-21245
         */
        post: operations["updateServiceConversationScopedWebhook"];
        /**
         * Detach a webhook from a Conversation of a Conversation Service.
         * @description 004:L21364-21383
         */
        delete: operations["deleteServiceConversationScopedWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Conversations/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        /**
         * Fetch a conversation of a Conversation Service by SID or unique name.
         * @description 004:L16757-16770; response example 004:L16833.
         */
        get: operations["fetchServiceConversation"];
        put?: never;
        /**
         * Update a conversation of a Conversation Service.
         * @description 004:L17117-17199; response example 004:L17262. A conversation in the `initializing` state cannot be updated (004:L18689); see D-CONV-11.
         */
        post: operations["updateServiceConversation"];
        /**
         * Delete a conversation of a Conversation Service with its messages, media and participants.
         * @description 004:L17333-17354; cascade 004:L33787.
         */
        delete: operations["deleteServiceConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/ConversationWithParticipants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a conversation with up to 10 participants in a Conversation Service.
         * @description 000:L27-53; 004:L18686-18691. Response 201 or 202 with the same body (D-CWP-1).
         */
        post: operations["createServiceConversationWithParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Media": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service (IS…) the media is uploaded to. */
                ChatServiceSid: components["parameters"]["parameters-ChatServiceSid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a media file to a Conversation Service.
         * @description The body is the file itself in binary form; the request Content-Type header is the file's MIME type (004:L5991-6006). The Chat Service SID must be the service the media will be used in (004:L5990).
         */
        post: operations["createMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Media/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service (IS…) the media is uploaded to. */
                ChatServiceSid: components["parameters"]["parameters-ChatServiceSid"];
                /** @description The SID of the Media resource (ME…). */
                Sid: components["parameters"]["MediaSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch an uploaded Media resource.
         * @description 004:L6008-6014
         */
        get: operations["fetchMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/ParticipantConversations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        /**
         * List the Conversations of a participant (by Identity or Address) in a Conversation Service.
         * @description Service form of listParticipantConversation (004:L16030; D-PCONV-1). Give exactly one of Identity or Address (004:L13436).
         */
        get: operations["listServiceParticipantConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        /**
         * List the Roles of a Conversation Service.
         * @description Service form of listRole (004:L8730, L9038-9057).
         */
        get: operations["listServiceRole"];
        put?: never;
        /**
         * Create a Role in a Conversation Service.
         * @description Service form of createRole (004:L8728-8730, L8789-8810).
         */
        post: operations["createServiceRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Roles/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID of the Role resource. */
                Sid: components["parameters"]["RoleSid"];
            };
            cookie?: never;
        };
        /**
         * Fetch a Role of a Conversation Service.
         * @description Service form of fetchRole (004:L8923-8931).
         */
        get: operations["fetchServiceRole"];
        put?: never;
        /**
         * Replace the permissions of a Role of a Conversation Service.
         * @description Service form of updateRole; replaces all previously assigned permissions (004:L9197-9213).
         */
        post: operations["updateServiceRole"];
        /**
         * Delete a Role of a Conversation Service.
         * @description Service form of deleteRole (004:L9320-9328).
         */
        delete: operations["deleteServiceRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        /**
         * List the Users of a Conversation Service.
         * @description Service form of listUser (004:L7895, L8223-8240).
         */
        get: operations["listServiceUser"];
        put?: never;
        /**
         * Create a User in a Conversation Service.
         * @description Service form of createUser (004:L7893-7895, L7969-8002).
         */
        post: operations["createServiceUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Users/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The User's SID (US…) or its identity. */
                Sid: components["parameters"]["UserSidOrIdentity"];
            };
            cookie?: never;
        };
        /**
         * Fetch a User of a Conversation Service by SID or identity.
         * @description Service form of fetchUser (004:L8112-8119).
         */
        get: operations["fetchServiceUser"];
        put?: never;
        /**
         * Update a User of a Conversation Service.
         * @description Service form of updateUser; Identity cannot be changed (004:L8436-8470).
         */
        post: operations["updateServiceUser"];
        /**
         * Delete a User of a Conversation Service.
         * @description Service form of deleteUser (004:L8583-8598).
         */
        delete: operations["deleteServiceUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        /**
         * List the Conversations of a User of a Conversation Service.
         * @description Undocumented service form of listUserConversation (D-UCONV-1; 004:L12846-12872).
         */
        get: operations["listServiceUserConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The Conversation's SID (CH…) or its unique_name. */
                ConversationSid: components["parameters"]["parameters-ConversationSidOrUniqueName"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        /**
         * Fetch one Conversation of a User of a Conversation Service.
         * @description Undocumented service form of fetchUserConversation (D-UCONV-1; 004:L12693-12706).
         */
        get: operations["fetchServiceUserConversation"];
        put?: never;
        /**
         * Update a User's notification level or read horizon in one Conversation of a Conversation Service.
         * @description Undocumented service form of updateUserConversation (D-UCONV-1; 004:L12967-12999).
         */
        post: operations["updateServiceUserConversation"];
        /**
         * Remove a User from one of their Conversations in a Conversation Service.
         * @description Undocumented service form of deleteUserConversation (D-UCONV-1; 004:L13312-13324).
         */
        delete: operations["deleteServiceUserConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Services/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["ServiceSidPath"];
            };
            cookie?: never;
        };
        /** Fetch a Conversation Service */
        get: operations["fetchService"];
        put?: never;
        post?: never;
        /** Delete a Conversation Service */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the Users of the default Conversation Service.
         * @description 004:L8223-8240
         */
        get: operations["listUser"];
        put?: never;
        /**
         * Create a User in the default Conversation Service.
         * @description 004:L7969-8002
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Users/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The User's SID (US…) or its identity. */
                Sid: components["parameters"]["UserSidOrIdentity"];
            };
            cookie?: never;
        };
        /**
         * Fetch a User of the default Conversation Service by SID or identity.
         * @description 004:L8112-8119
         */
        get: operations["fetchUser"];
        put?: never;
        /**
         * Update a User of the default Conversation Service.
         * @description Identity cannot be changed. 004:L8436-8470
         */
        post: operations["updateUser"];
        /**
         * Delete a User of the default Conversation Service.
         * @description 004:L8583-8598
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Users/{UserSid}/Conversations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        /**
         * List the Conversations of a User of the default Conversation Service.
         * @description 004:L12846-12872
         */
        get: operations["listUserConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/Users/{UserSid}/Conversations/{ConversationSid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Conversation's SID (CH…) or its unique_name. */
                ConversationSid: components["parameters"]["parameters-ConversationSidOrUniqueName"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        /**
         * Fetch one Conversation of a User of the default Conversation Service.
         * @description 004:L12693-12706
         */
        get: operations["fetchUserConversation"];
        put?: never;
        /**
         * Update a User's notification level or read horizon in one Conversation (default service).
         * @description Documented twice, as "Update a specific conversation" (004:L12967-12999) and "Set the NotificationLevel for a conversation" (004:L13139-13172), with the same parameters; one operation here (D-UCONV-2).
         */
        post: operations["updateUserConversation"];
        /**
         * Remove a User from one of their Conversations (default service).
         * @description 004:L13312-13324
         */
        delete: operations["deleteUserConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description Account SID (AC). 004:L4546 */
        AccountSid: string;
        AddressConfiguration: {
            account_sid: components["schemas"]["AccountSid"];
            /** @description The configured address. */
            address: string;
            /** @description ISO 3166-1 alpha-2 country code of the address (short code addresses only). */
            address_country: string | null;
            auto_creation: components["schemas"]["AutoCreation"];
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            date_updated: string;
            /** @description The human-readable name of this configuration, limited to 256 characters. */
            friendly_name: string | null;
            sid: components["schemas"]["AddressConfigurationSid"];
            type: components["schemas"]["AddressType"];
            /**
             * Format: uri
             * @description An absolute API resource URL for this address configuration.
             */
            url: string;
        };
        AddressConfigurationCreateRequest: {
            /** @description The unique address to configure, for example a phone number or whatsapp:+… address. */
            Address: string;
            /** @description ISO 3166-1 alpha-2 country code of the address; only applicable to short code addresses. */
            AddressCountry?: string;
            /** @description Conversation Service for the auto-created conversation; the default service when not set. */
            "AutoCreation.ConversationServiceSid"?: components["schemas"]["ServiceSid"];
            /** @description Enable or disable auto-creating conversations for messages to this address. */
            "AutoCreation.Enabled"?: boolean;
            /** @description For type studio, the Studio Flow the webhook is sent to. */
            "AutoCreation.StudioFlowSid"?: components["schemas"]["StudioFlowSid"];
            /** @description For type studio, the number of times to retry the webhook request. */
            "AutoCreation.StudioRetryCount"?: number;
            /** @description How the auto-created conversation is handled (webhook, studio or default). */
            "AutoCreation.Type"?: components["schemas"]["AutoCreationType"];
            /** @description For type webhook, the events that fire the webhook; repeat the parameter for each event. */
            "AutoCreation.WebhookFilters"?: components["schemas"]["AutoCreationWebhookFilter"][];
            /** @description For type webhook, the HTTP method of the webhook request. */
            "AutoCreation.WebhookMethod"?: components["schemas"]["AutoCreationWebhookMethod"];
            /**
             * Format: uri
             * @description For type webhook, the URL of the webhook request.
             */
            "AutoCreation.WebhookUrl"?: string;
            /** @description The human-readable name of this configuration, limited to 256 characters. */
            FriendlyName?: string;
            /** @description The type of the address. */
            Type: components["schemas"]["AddressType"];
        };
        AddressConfigurationList: {
            address_configurations: components["schemas"]["AddressConfiguration"][];
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "address_configurations";
            };
        };
        /** @description Address configuration SID (IG). 004:L9831 */
        AddressConfigurationSid: string;
        AddressConfigurationUpdateRequest: {
            /** @description Conversation Service for the auto-created conversation; the default service when not set. */
            "AutoCreation.ConversationServiceSid"?: components["schemas"]["ServiceSid"];
            /** @description Enable or disable auto-creating conversations for messages to this address. */
            "AutoCreation.Enabled"?: boolean;
            /** @description For type studio, the Studio Flow the webhook is sent to. */
            "AutoCreation.StudioFlowSid"?: components["schemas"]["StudioFlowSid"];
            /** @description For type studio, the number of times to retry the webhook request. */
            "AutoCreation.StudioRetryCount"?: number;
            /** @description How the auto-created conversation is handled (webhook, studio or default). */
            "AutoCreation.Type"?: components["schemas"]["AutoCreationType"];
            /** @description For type webhook, the events that fire the webhook; repeat the parameter for each event. */
            "AutoCreation.WebhookFilters"?: components["schemas"]["AutoCreationWebhookFilter"][];
            /** @description For type webhook, the HTTP method of the webhook request. */
            "AutoCreation.WebhookMethod"?: components["schemas"]["AutoCreationWebhookMethod"];
            /**
             * Format: uri
             * @description For type webhook, the URL of the webhook request.
             */
            "AutoCreation.WebhookUrl"?: string;
            /** @description The human-readable name of this configuration, limited to 256 characters. */
            FriendlyName?: string;
        };
        /** @enum {string} */
        AddressType: "sms" | "whatsapp" | "messenger" | "gbm" | "email" | "rcs" | "apple" | "chat";
        /** @description A JSON document, serialized as a string. */
        Attributes: string;
        AutoCreation: {
            /** @description The Conversation Service of auto-created conversations (the default service when null). */
            conversation_service_sid?: components["schemas"]["ServiceSid"] | null;
            /** @description Whether inbound messages to this address auto-create a conversation. */
            enabled: boolean;
            /** @description For type studio, the Studio Flow the webhook is sent to. */
            studio_flow_sid?: components["schemas"]["StudioFlowSid"] | null;
            /** @description For type studio, the number of times to retry the webhook request. */
            studio_retry_count?: number | null;
            type: components["schemas"]["AutoCreationType"];
            /** @description For type webhook, the events that fire the webhook. */
            webhook_filters?: components["schemas"]["AutoCreationWebhookFilter"][] | null;
            /** @description For type webhook, the HTTP method of the webhook request. */
            webhook_method?: components["schemas"]["AutoCreationWebhookMethod"] | null;
            /**
             * Format: uri
             * @description For type webhook, the URL of the webhook request.
             */
            webhook_url?: string | null;
        };
        /** @enum {string} */
        AutoCreationType: "webhook" | "studio" | "default";
        /** @enum {string} */
        AutoCreationWebhookFilter: "onMessageAdded" | "onMessageUpdated" | "onMessageRemoved" | "onConversationUpdated" | "onConversationStateUpdated" | "onConversationRemoved" | "onParticipantAdded" | "onParticipantUpdated" | "onParticipantRemoved" | "onDeliveryUpdated";
        /** @enum {string} */
        AutoCreationWebhookMethod: "GET" | "POST";
        Binding: {
            account_sid: components["schemas"]["AccountSid"];
            binding_type: components["schemas"]["BindingType"];
            chat_service_sid: components["schemas"]["ServiceSid"];
            credential_sid: components["schemas"]["CredentialSid"];
            date_created: components["schemas"]["DateTime"];
            date_updated: components["schemas"]["DateTime"];
            endpoint: string;
            identity: string;
            message_types: string[];
            sid: components["schemas"]["BindingSid"];
            /**
             * Format: uri
             * @description An absolute API resource URL for this binding. 004:L14360-14363
             */
            url: string;
        };
        BindingList: {
            bindings: components["schemas"]["Binding"][];
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "bindings";
            };
        };
        /** @description Push binding SID (BS). 004:L14308 */
        BindingSid: string;
        /** @enum {string} */
        BindingType: "apn" | "gcm" | "fcm";
        /** @description Channel-specific message SID (SM…, WA…). 004:L12108-12112 */
        ChannelMessageSid: string;
        Configuration: {
            account_sid: components["schemas"]["AccountSid"];
            /** @description The SID of the default Conversation Service used when creating a conversation. */
            default_chat_service_sid: components["schemas"]["ServiceSid"];
            /** @description Default ISO 8601 duration after which a conversation is switched to closed (minimum 10 minutes). */
            default_closed_timer: components["schemas"]["Iso8601Duration"] | null;
            /** @description Default ISO 8601 duration after which a conversation is switched to inactive (minimum 1 minute). */
            default_inactive_timer: components["schemas"]["Iso8601Duration"] | null;
            /** @description The SID of the default Messaging Service used when creating a conversation. */
            default_messaging_service_sid: components["schemas"]["MessagingServiceSid"];
            links: components["schemas"]["ConfigurationLinks"];
            /**
             * Format: uri
             * @description An absolute API resource URL for this global configuration. 004:L9538-9541
             */
            url: string;
        };
        /** @description Events that fire this webhook. Conversation-scoped webhooks support post-events only (004:L11176), e.g. onMessageAdded, onMessageUpdated, onMessageRemoved, onConversationUpdated, onConversationRemoved, onConversationStateUpdated, onParticipantAdded, onParticipantUpdated, onParticipantRemoved, onDeliveryUpdated. */
        ConfigurationFilters: string[];
        ConfigurationLinks: {
            /** Format: uri */
            service: string;
            /** Format: uri */
            webhooks: string;
        };
        /** @enum {string} */
        ConfigurationMethod: "GET" | "POST";
        ConfigurationTriggers: string[];
        ConfigurationUpdateRequest: {
            /** @description The SID of the default Conversation Service to use when creating a conversation. */
            DefaultChatServiceSid?: components["schemas"]["ServiceSid"];
            /** @description Default ISO 8601 duration after which a conversation is switched to closed. Minimum 10 minutes (PT10M); PT0S disables the timer. */
            DefaultClosedTimer?: components["schemas"]["Iso8601Duration"];
            /** @description Default ISO 8601 duration after which a conversation is switched to inactive. Minimum 1 minute (PT1M); PT0S disables the timer. */
            DefaultInactiveTimer?: components["schemas"]["Iso8601Duration"];
            /** @description The SID of the default Messaging Service to use when creating a conversation. */
            DefaultMessagingServiceSid?: components["schemas"]["MessagingServiceSid"];
        };
        /** Format: uri */
        ConfigurationUrl: string;
        ConfigurationWebhook: {
            account_sid: components["schemas"]["AccountSid"];
            /** @description The webhook event triggers enabled for the account. */
            filters: components["schemas"]["ConfigurationWebhookFilter"][];
            /** @description The HTTP method to be used when sending a webhook request. */
            method: components["schemas"]["WebhookMethod"];
            /**
             * Format: uri
             * @description The absolute URL the post-event webhook request should be sent to.
             */
            post_webhook_url: string | null;
            /**
             * Format: uri
             * @description The absolute URL the pre-event webhook request should be sent to.
             */
            pre_webhook_url: string | null;
            /** @description The routing target of the webhook. */
            target: components["schemas"]["WebhookTarget"];
            /**
             * Format: uri
             * @description An absolute API resource URL for this webhook configuration.
             */
            url: string;
        };
        /** @enum {string} */
        ConfigurationWebhookFilter: "onMessageAdded" | "onMessageUpdated" | "onMessageRemoved" | "onMessageAdd" | "onMessageUpdate" | "onMessageRemove" | "onConversationUpdated" | "onConversationRemoved" | "onConversationAdd" | "onConversationAdded" | "onConversationRemove" | "onConversationUpdate" | "onConversationStateUpdated" | "onParticipantAdded" | "onParticipantUpdated" | "onParticipantRemoved" | "onParticipantAdd" | "onParticipantRemove" | "onParticipantUpdate" | "onDeliveryUpdated" | "onUserAdded" | "onUserUpdate" | "onUserUpdated";
        ConfigurationWebhookUpdateRequest: {
            /** @description The webhook event triggers enabled for the account; repeat the parameter for each event. */
            Filters?: components["schemas"]["ConfigurationWebhookFilter"][];
            /** @description The HTTP method to be used when sending a webhook request. */
            Method?: components["schemas"]["WebhookMethod"];
            /**
             * Format: uri
             * @description The absolute URL the post-event webhook request should be sent to.
             */
            PostWebhookUrl?: string;
            /**
             * Format: uri
             * @description The absolute URL the pre-event webhook request should be sent to.
             */
            PreWebhookUrl?: string;
            /** @description The routing target of the webhook, ordinary (webhook) or routed internally to Flex (flex). */
            Target?: components["schemas"]["WebhookTarget"];
        };
        /** @description Content template SID (HX). 004:L4621 */
        ContentSid: string;
        /** @description A conversation (default-service and service-scoped forms). */
        Conversation: {
            account_sid: components["schemas"]["AccountSid"];
            attributes: components["schemas"]["Attributes"];
            bindings: components["schemas"]["ConversationBindings"];
            chat_service_sid: components["schemas"]["ServiceSid"];
            /** Format: date-time */
            date_created: string;
            /** Format: date-time */
            date_updated: string;
            friendly_name: string | null;
            links: components["schemas"]["ConversationLinks"];
            messaging_service_sid: string | null;
            sid: components["schemas"]["ConversationSid"];
            state: components["schemas"]["ConversationState"];
            timers: components["schemas"]["ConversationTimers"];
            unique_name: string | null;
            /** Format: uri */
            url: string;
        };
        /** @description Channel bindings of the conversation (null or {} when none). */
        ConversationBindings: {
            email?: {
                address?: string | null;
                name?: string | null;
            };
        } | null;
        ConversationLinks: {
            /** Format: uri */
            export?: string;
            /** Format: uri */
            messages: string;
            /** Format: uri */
            participants: string;
            /** Format: uri */
            webhooks: string;
        };
        ConversationListResponse: {
            conversations: components["schemas"]["Conversation"][];
            meta: components["schemas"]["PageMeta"];
        };
        ConversationMembershipNotification: {
            /** @description Whether this notification type is sent (default false, 004:L14063, L14078). */
            enabled: boolean;
            sound: components["schemas"]["NotificationSound"];
            template: components["schemas"]["NotificationTemplate"];
        };
        /** @description Conversation SID (CH). 004:L16496 */
        ConversationSid: string;
        /**
         * @description Current state of the conversation.
         * @enum {string}
         */
        ConversationState: "initializing" | "inactive" | "active" | "closed";
        /**
         * @description A conversation state a client may set or filter on.
         * @enum {string}
         */
        ConversationStateParam: "inactive" | "active" | "closed";
        /** @description When the conversation will become inactive / closed. Empty when no timer is set. */
        ConversationTimers: {
            /** Format: date-time */
            date_closed?: string | null;
            /** Format: date-time */
            date_inactive?: string | null;
        };
        CreateConversationRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /** @description The default email address used when sending outbound emails in this conversation. */
            "Bindings.Email.Address"?: string;
            /** @description The default name used when sending outbound emails in this conversation. */
            "Bindings.Email.Name"?: string;
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            FriendlyName?: components["schemas"]["FriendlyName"];
            MessagingServiceSid?: components["schemas"]["MessagingServiceSid"];
            State?: components["schemas"]["ConversationStateParam"];
            "Timers.Closed"?: components["schemas"]["Iso8601Duration"];
            "Timers.Inactive"?: components["schemas"]["Iso8601Duration"];
            UniqueName?: components["schemas"]["UniqueName"];
        };
        CreateConversationWithParticipantsRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /** @description The default email address used when sending outbound emails in this conversation. */
            "Bindings.Email.Address"?: string;
            /** @description The default name used when sending outbound emails in this conversation. */
            "Bindings.Email.Name"?: string;
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            FriendlyName?: components["schemas"]["FriendlyName"];
            MessagingServiceSid?: components["schemas"]["MessagingServiceSid"];
            /** @description The participants to add, one JSON object per value (the parameter is repeated). At most 10 per request. */
            Participant?: string[];
            State?: components["schemas"]["ConversationStateParam"];
            "Timers.Closed"?: components["schemas"]["Iso8601Duration"];
            "Timers.Inactive"?: components["schemas"]["Iso8601Duration"];
            UniqueName?: components["schemas"]["UniqueName"];
        };
        CreateCredentialRequest: components["schemas"]["CredentialFields"] & {
            Type: components["schemas"]["CredentialType"];
        };
        CreateMessageRequest: {
            Attributes?: components["schemas"]["Attributes"];
            Author?: components["schemas"]["MessageAuthor"];
            Body?: components["schemas"]["MessageBody"];
            /** @description The Content template SID (HX…); when set, Body and MediaSid are ignored. */
            ContentSid?: components["schemas"]["ContentSid"];
            /** @description A JSON object, serialized as a string, of values for the Content template variables. */
            ContentVariables?: string;
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            /** @description The Media SID(s) (ME…) to attach to the new Message; repeat the parameter for each, at most ten. Ignored when ContentSid is set. Uploaded media must be attached within five minutes (004:L22776). */
            MediaSid?: components["schemas"]["MediaSid"][];
            Subject?: components["schemas"]["MessageSubject"];
        };
        CreateParticipantRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            Identity?: components["schemas"]["Identity"];
            /** @description The participant's device address, e.g. a phone or WhatsApp number. Together with the proxy address it identifies the participant. */
            "MessagingBinding.Address"?: string;
            /** @description The Twilio phone number used in Group MMS; the communication mask of a participant with Identity. */
            "MessagingBinding.ProjectedAddress"?: string;
            /** @description The Twilio phone number (or WhatsApp sender) the participant is in contact with. */
            "MessagingBinding.ProxyAddress"?: string;
            RoleSid?: components["schemas"]["RoleSid"];
        };
        CreateRoleRequest: {
            /** @description A descriptive string, up to 64 characters (004:L8795-8798). Do not put PII here (004:L8716-8717). */
            FriendlyName: string;
            /** @description One permission per parameter; repeat the parameter for each permission. The allowed values depend on Type; see RolePermission. 004:L8807-8810 */
            Permission: components["schemas"]["RolePermission"][];
            /** @description conversation or service. 004:L8800-8805 */
            Type: components["schemas"]["RoleType"];
        };
        CreateUserRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /** @description The string that you assigned to describe the resource. 004:L7988-7991 */
            FriendlyName?: string;
            /** @description Application-defined string that uniquely identifies the User within the Conversation Service; often a username or email address; case-sensitive. 004:L7983-7986 */
            Identity: string;
            /** @description The SID of a service-level Role to assign to the user. 004:L7998-8002 */
            RoleSid?: components["schemas"]["RoleSid"];
        };
        CreateWebhookRequest: {
            "Configuration.Filters"?: components["schemas"]["ConfigurationFilters"];
            "Configuration.FlowSid"?: components["schemas"]["StudioFlowSid"];
            "Configuration.Method"?: components["schemas"]["ConfigurationMethod"];
            "Configuration.ReplayAfter"?: number;
            "Configuration.Triggers"?: components["schemas"]["ConfigurationTriggers"];
            "Configuration.Url"?: components["schemas"]["ConfigurationUrl"];
            Target: components["schemas"]["schemas-WebhookTarget"];
        };
        Credential: {
            account_sid: components["schemas"]["AccountSid"];
            date_created: components["schemas"]["DateTime"];
            date_updated: components["schemas"]["DateTime"];
            friendly_name: string | null;
            /** @description [APN only] Whether the credential targets sandbox APNs, as a string (for example "False"). */
            sandbox: string | null;
            sid: components["schemas"]["CredentialSid"];
            type: components["schemas"]["CredentialType"];
            /**
             * Format: uri
             * @description An absolute API resource URL for this credential. 004:L14857-14860
             */
            url: string;
        };
        CredentialFields: {
            /** @description [GCM only] The API key of the GCM project from the Google Developer console. 004:L14895-14898 */
            ApiKey?: string;
            /** @description [APN only] The URL encoded representation of the certificate (PEM). 004:L14880-14883 */
            Certificate?: string;
            /** @description A descriptive string, up to 64 characters. 004:L14875-14878 */
            FriendlyName?: string;
            /** @description [APN only] The URL encoded representation of the private key (PEM). 004:L14885-14888 */
            PrivateKey?: string;
            /** @description [APN only] true to send to sandbox APNs, false to send to production. */
            Sandbox?: boolean;
            /** @description [FCM only] The Server key of the Firebase project (Settings / Cloud messaging). 004:L14900 */
            Secret?: string;
        };
        CredentialList: {
            credentials: components["schemas"]["Credential"][];
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "credentials";
            };
        };
        /** @description Push credential SID (CR). 004:L14822 */
        CredentialSid: string;
        /** @enum {string} */
        CredentialType: "apn" | "gcm" | "fcm";
        /** Format: date-time */
        DateTime: string;
        /** @enum {string} */
        DeliveryAmount: "none" | "some" | "all";
        DeliveryReceipt: {
            account_sid: components["schemas"]["AccountSid"];
            channel_message_sid: components["schemas"]["ChannelMessageSid"] | null;
            conversation_sid: components["schemas"]["ConversationSid"];
            date_created: components["schemas"]["DateTime"];
            /** Format: date-time */
            date_updated: string | null;
            error_code: number | null;
            message_sid: components["schemas"]["MessageSid"];
            participant_sid: components["schemas"]["ParticipantSid"];
            sid: components["schemas"]["DeliveryReceiptSid"];
            status: components["schemas"]["DeliveryStatus"];
            /** Format: uri */
            url: string;
        };
        DeliveryReceiptList: {
            delivery_receipts: components["schemas"]["DeliveryReceipt"][];
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "delivery_receipts";
            };
        };
        /** @description Delivery receipt SID (DY). 004:L12100 */
        DeliveryReceiptSid: string;
        /** @enum {string|null} */
        DeliveryStatus: "read" | "failed" | "delivered" | "undelivered" | "sent" | null;
        /** @description The human-readable name of this conversation, limited to 256 characters. */
        FriendlyName: string;
        /** @description The participant's Conversations User identity; non-null if and only if the participant uses the Conversations SDK. */
        Identity: string;
        /** @description ISO 8601 duration with day-or-smaller units (PT0S disables a timer). 004:L25906, L25919 */
        Iso8601Duration: string;
        Media: {
            account_sid?: components["schemas"]["AccountSid"];
            author: string;
            channel_sid: components["schemas"]["ConversationSid"] | null;
            content_type: string;
            date_created: components["schemas"]["DateTime"];
            /** Format: date-time */
            date_updated: string | null;
            file_name?: string | null;
            /** @description The filename of the underlying media file as specified when uploaded. */
            filename: string | null;
            links: {
                /** Format: uri-reference */
                content: string;
                /** Format: uri */
                content_direct_temporary: string;
            };
            message_sid: components["schemas"]["MessageSid"] | null;
            service_sid: components["schemas"]["ServiceSid"];
            sid: components["schemas"]["MediaSid"];
            size: number;
            /** Format: uri-reference */
            url: string;
        };
        /** @description Media SID (ME). 004:L4672 */
        MediaSid: string;
        Message: {
            account_sid: components["schemas"]["AccountSid"];
            attributes: components["schemas"]["Attributes"];
            author: string;
            body: string | null;
            content_sid: components["schemas"]["ContentSid"] | null;
            conversation_sid: components["schemas"]["ConversationSid"];
            date_created: components["schemas"]["DateTime"];
            /** Format: date-time */
            date_updated: string | null;
            delivery: components["schemas"]["MessageDelivery"];
            index: number;
            links: components["schemas"]["MessageLinks"];
            media: components["schemas"]["MessageMedia"][] | null;
            participant_sid: components["schemas"]["ParticipantSid"] | null;
            sid: components["schemas"]["MessageSid"];
            /** Format: uri */
            url: string;
        };
        /** @description The channel-specific identifier of the message's author. Defaults to `system`. */
        MessageAuthor: string;
        /** @description The content of the message, up to 1,600 characters. */
        MessageBody: string;
        /**
         * @example {
         *       "total": 2,
         *       "sent": "all",
         *       "delivered": "some",
         *       "read": "some",
         *       "failed": "none",
         *       "undelivered": "none"
         *     }
         */
        MessageDelivery: {
            delivered: components["schemas"]["DeliveryAmount"];
            failed: components["schemas"]["DeliveryAmount"];
            read: components["schemas"]["DeliveryAmount"];
            sent: components["schemas"]["DeliveryAmount"];
            /** @description Number of delivery receipts for this message. */
            total: number;
            undelivered: components["schemas"]["DeliveryAmount"];
        } | null;
        MessageLinks: {
            /** Format: uri */
            channel_metadata?: string;
            /** Format: uri */
            delivery_receipts: string;
        };
        MessageList: {
            messages: components["schemas"]["Message"][];
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "messages";
            };
        };
        MessageMedia: {
            /** @description MIME type of the media. */
            content_type: string;
            filename: string | null;
            sid: components["schemas"]["MediaSid"];
            /** @description File size in bytes. */
            size: number;
        };
        /** @description Message SID (IM). 004:L4558 */
        MessageSid: string;
        MessageSubject: string;
        /** @description How the participant exchanges messages (null for chat-only participants). */
        MessagingBinding: {
            address?: string | null;
            level?: string | null;
            name?: string | null;
            projected_address?: string | null;
            proxy_address?: string | null;
            /**
             * @description The channel, e.g. `sms` or `whatsapp` (no enum is documented).
             * @example sms
             * @example whatsapp
             */
            type?: string;
        } | null;
        /** @description Messaging Service SID (MG). 004:L16490 */
        MessagingServiceSid: string;
        /** @description The push notification configuration for new messages. 004:L13849-13852 */
        NewMessageNotification: {
            /** @description Whether the new message badge count is enabled (default false, 004:L14058). */
            badge_count_enabled: boolean;
            /** @description Whether new messages trigger a notification (default false, 004:L14043). */
            enabled: boolean;
            sound: components["schemas"]["NotificationSound"];
            template: components["schemas"]["NotificationTemplate"];
            with_media: components["schemas"]["NewMessageWithMediaNotification"];
        };
        NewMessageWithMediaNotification: {
            /** @description Whether new messages with media trigger a notification (default false, 004:L14093). */
            enabled: boolean;
            template: components["schemas"]["NotificationTemplate"];
        };
        /** @enum {string} */
        NotificationLevel: "default" | "muted";
        NotificationSound: string | null;
        NotificationTemplate: string;
        PageMeta: {
            /** Format: uri */
            first_page_url: string;
            key: string;
            /** Format: uri */
            next_page_url: string | null;
            page: number;
            page_size: number;
            /** Format: uri */
            previous_page_url: string | null;
            /** Format: uri */
            url: string;
        };
        /** @description A conversation participant (default-service form). */
        Participant: {
            account_sid: components["schemas"]["AccountSid"];
            attributes: components["schemas"]["Attributes"];
            conversation_sid: components["schemas"]["ConversationSid"];
            /** Format: date-time */
            date_created: string;
            /** Format: date-time */
            date_updated: string;
            identity: string | null;
            last_read_message_index: number | null;
            last_read_timestamp: string | null;
            messaging_binding: components["schemas"]["MessagingBinding"];
            role_sid: string | null;
            sid: components["schemas"]["ParticipantSid"];
            /** Format: uri */
            url: string;
        };
        ParticipantConversation: {
            account_sid: components["schemas"]["AccountSid"];
            chat_service_sid: components["schemas"]["ServiceSid"];
            conversation_attributes: components["schemas"]["Attributes"];
            conversation_created_by: string | null;
            conversation_date_created: components["schemas"]["DateTime"];
            conversation_date_updated: components["schemas"]["DateTime"];
            conversation_friendly_name: string | null;
            conversation_sid: components["schemas"]["ConversationSid"];
            /** @enum {string} */
            conversation_state: "initializing" | "inactive" | "active" | "closed";
            conversation_timers: components["schemas"]["schemas-ConversationTimers"];
            /** @description 004:L13481-13484 */
            conversation_unique_name: string | null;
            links: {
                /** Format: uri */
                conversation: string;
                /** Format: uri */
                participant: string;
            };
            participant_identity: string | null;
            participant_messaging_binding: components["schemas"]["schemas-MessagingBinding"];
            participant_sid: components["schemas"]["ParticipantSid"];
            /** @description 004:L13459-13463 */
            participant_user_sid: string | null;
        };
        ParticipantConversationList: {
            conversations: components["schemas"]["ParticipantConversation"][];
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "conversations";
            };
        };
        /** @description A chat participant `{"identity": "..."}`, an SMS/WhatsApp participant `{"messaging_binding": {"address": "...", "proxy_address": "..."}}`, or a Group MMS participant with `messaging_binding.address` only or `messaging_binding.projected_address`. */
        ParticipantJson: components["schemas"]["ParticipantJsonIdentity"] | components["schemas"]["ParticipantJsonMessagingBinding"];
        ParticipantJsonIdentity: {
            identity: string;
        };
        ParticipantJsonMessagingBinding: {
            messaging_binding: {
                address?: string;
                projected_address?: string;
                proxy_address?: string;
            };
        };
        ParticipantListResponse: {
            meta: components["schemas"]["PageMeta"];
            participants: components["schemas"]["Participant"][];
        };
        /** @description Participant SID (MB). 004:L6121 */
        ParticipantSid: string;
        Role: {
            account_sid: components["schemas"]["AccountSid"];
            chat_service_sid: components["schemas"]["ServiceSid"];
            date_created: components["schemas"]["DateTime"];
            date_updated: components["schemas"]["DateTime"];
            friendly_name: string;
            permissions: components["schemas"]["RolePermission"][];
            sid: components["schemas"]["RoleSid"];
            type: components["schemas"]["RoleType"];
            /**
             * Format: uri
             * @description An absolute API resource URL for this user role. 004:L8784-8787
             */
            url: string;
        };
        RoleList: {
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "roles";
            };
            roles: components["schemas"]["Role"][];
        };
        /**
         * @description A permission. type=service roles accept addParticipant, createConversation, deleteAnyMessage, deleteConversation, editAnyMessage, editAnyMessageAttributes, editAnyUserInfo, editConversationAttributes, editConversationName, editOwnMessage, editOwnMessageAttributes, editOwnUserInfo, joinConversation, removeParticipant (004:L9381-9412). type=conversation roles accept addParticipant, deleteAnyMessage, deleteOwnMessage, deleteConversation, editAnyMessage, editAnyMessageAttributes, editAnyUserInfo, editConversationAttributes, editConversationName, editOwnMessage, editOwnMessageAttributes, editOwnUserInfo, leaveConversation, removeParticipant, sendMediaMessage, sendMessage (004:L9414-9449).
         * @enum {string}
         */
        RolePermission: "addParticipant" | "createConversation" | "deleteAnyMessage" | "deleteOwnMessage" | "deleteConversation" | "editAnyMessage" | "editAnyMessageAttributes" | "editAnyUserInfo" | "editConversationAttributes" | "editConversationName" | "editOwnMessage" | "editOwnMessageAttributes" | "editOwnUserInfo" | "joinConversation" | "leaveConversation" | "removeParticipant" | "sendMediaMessage" | "sendMessage";
        /** @description Role SID (RL). 004:L8741 */
        RoleSid: string;
        /** @enum {string} */
        RoleType: "conversation" | "service";
        "schemas-ConversationTimers": {
            /** Format: date-time */
            date_closed?: string | null;
            /** Format: date-time */
            date_inactive?: string | null;
        };
        "schemas-MessagingBinding": {
            address?: string | null;
            level?: string | null;
            name?: string | null;
            projected_address?: string | null;
            proxy_address?: string | null;
            /** @description The channel, e.g. sms or whatsapp (no enum is documented). */
            type?: string;
        } | null;
        /** @enum {string} */
        "schemas-WebhookTarget": "webhook" | "trigger" | "studio";
        Service: {
            account_sid: components["schemas"]["AccountSid"];
            /**
             * Format: date-time
             * @description The date that this resource was created. 004:L15902-15905
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated. 004:L15907-15910
             */
            date_updated: string;
            /** @description The human-readable name of this service, limited to 256 characters. */
            friendly_name: string;
            links: components["schemas"]["ServiceLinks"];
            sid: components["schemas"]["ServiceSid"];
            /**
             * Format: uri
             * @description An absolute API resource URL for this service. 004:L15912-15915
             */
            url: string;
        };
        ServiceConfiguration: {
            chat_service_sid: components["schemas"]["ServiceSid"];
            /** @description The service-level role assigned to users when they are added to the service. */
            default_chat_service_role_sid: components["schemas"]["RoleSid"];
            /** @description The conversation-level role assigned to a conversation creator when they join a new conversation. */
            default_conversation_creator_role_sid: components["schemas"]["RoleSid"];
            /** @description The conversation-level role assigned to users when they are added to a conversation. */
            default_conversation_role_sid: components["schemas"]["RoleSid"];
            links: components["schemas"]["ServiceConfigurationLinks"];
            /** @description Whether the Reachability Indicator is enabled for this Conversations Service. */
            reachability_enabled: boolean;
            /**
             * Format: uri
             * @description An absolute API resource URL for this service configuration.
             */
            url: string;
        };
        ServiceConfigurationLinks: {
            /** Format: uri */
            notifications: string;
            /** Format: uri */
            webhooks: string;
        };
        ServiceConfigurationUpdateRequest: {
            /** @description The service-level role assigned to users when they are added to the service. */
            DefaultChatServiceRoleSid?: components["schemas"]["RoleSid"];
            /** @description The conversation-level role assigned to a conversation creator when they join a new conversation. */
            DefaultConversationCreatorRoleSid?: components["schemas"]["RoleSid"];
            /** @description The conversation-level role assigned to users when they are added to a conversation. */
            DefaultConversationRoleSid?: components["schemas"]["RoleSid"];
            /** @description Whether the Reachability Indicator is enabled for this Conversations Service. */
            ReachabilityEnabled?: boolean;
        };
        ServiceCreateRequest: {
            /** @description The human-readable name of this service, limited to 256 characters. */
            FriendlyName: string;
        };
        ServiceDeliveryReceipt: components["schemas"]["DeliveryReceipt"] & {
            chat_service_sid: components["schemas"]["ServiceSid"];
        };
        ServiceDeliveryReceiptList: {
            delivery_receipts: components["schemas"]["ServiceDeliveryReceipt"][];
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "delivery_receipts";
            };
        };
        /** @description Absolute URLs of the service-scoped sub-resources. */
        ServiceLinks: {
            /** Format: uri */
            bindings: string;
            /** Format: uri */
            configuration: string;
            /** Format: uri */
            conversation_with_participants: string;
            /** Format: uri */
            conversations: string;
            /** Format: uri */
            participant_conversations: string;
            /** Format: uri */
            roles: string;
            /** Format: uri */
            users: string;
        };
        ServiceList: {
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "services";
            };
            services: components["schemas"]["Service"][];
        };
        ServiceMessage: components["schemas"]["Message"] & {
            chat_service_sid: components["schemas"]["ServiceSid"];
        };
        ServiceMessageList: {
            messages: components["schemas"]["ServiceMessage"][];
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "messages";
            };
        };
        ServiceNotification: {
            account_sid: components["schemas"]["AccountSid"];
            /** @description The push notification configuration for being added to a conversation. */
            added_to_conversation: components["schemas"]["ConversationMembershipNotification"];
            chat_service_sid: components["schemas"]["ServiceSid"];
            /** @description Whether notification logging is enabled. */
            log_enabled: boolean;
            new_message: components["schemas"]["NewMessageNotification"];
            /** @description The push notification configuration for being removed from a conversation. */
            removed_from_conversation: components["schemas"]["ConversationMembershipNotification"];
            /**
             * Format: uri
             * @description An absolute API resource URL for this configuration.
             */
            url: string;
        };
        ServiceNotificationUpdateRequest: {
            /** @description Whether to send a notification when a participant is added to a conversation. */
            "AddedToConversation.Enabled"?: boolean;
            /** @description The name of the sound to play when a participant is added to a conversation. */
            "AddedToConversation.Sound"?: string;
            /** @description The template of the notification text for being added to a conversation. */
            "AddedToConversation.Template"?: string;
            /** @description Whether notification logging is enabled. */
            LogEnabled?: boolean;
            /** @description Whether the new message badge count is enabled (used only by APNS). */
            "NewMessage.BadgeCountEnabled"?: boolean;
            /** @description Whether to send a notification when a new message is added to a conversation. */
            "NewMessage.Enabled"?: boolean;
            /** @description The name of the sound to play for a new message (when new_message.enabled is true). */
            "NewMessage.Sound"?: string;
            /** @description The template of the notification text for a new message (used when new_message.enabled is true). Variables such as ${CONVERSATION}, ${PARTICIPANT} and ${MESSAGE} are substituted; the payload is cut to 178 characters after substitution (004:L28935). */
            "NewMessage.Template"?: string;
            /** @description Whether to send a notification when a new message with media is added to a conversation. */
            "NewMessage.WithMedia.Enabled"?: boolean;
            /** @description The template of the notification text for a new message with media, independent of NewMessage.Template (used when new_message.with_media.enabled is true). */
            "NewMessage.WithMedia.Template"?: string;
            /** @description Whether to send a notification to a user when they are removed from a conversation. */
            "RemovedFromConversation.Enabled"?: boolean;
            /** @description The name of the sound to play to a user when they are removed from a conversation. */
            "RemovedFromConversation.Sound"?: string;
            /** @description The template of the notification text for being removed from a conversation. */
            "RemovedFromConversation.Template"?: string;
        };
        /** @description A conversation participant (service-scoped form). */
        ServiceParticipant: components["schemas"]["Participant"] & {
            chat_service_sid: components["schemas"]["ServiceSid"];
        };
        ServiceParticipantListResponse: {
            meta: components["schemas"]["PageMeta"];
            participants: components["schemas"]["ServiceParticipant"][];
        };
        /** @description Conversation Service SID (IS). 004:L15895 */
        ServiceSid: string;
        ServiceWebhook: components["schemas"]["Webhook"] & {
            chat_service_sid: components["schemas"]["ServiceSid"];
        };
        ServiceWebhookConfiguration: {
            account_sid: components["schemas"]["AccountSid"];
            chat_service_sid: components["schemas"]["ServiceSid"];
            /** @description The events your webhook targets will receive. */
            filters: components["schemas"]["ServiceWebhookFilter"][];
            /** @description The HTTP method to be used when sending a webhook request. */
            method: components["schemas"]["ServiceWebhookMethod"];
            /**
             * Format: uri
             * @description The absolute URL the post-event webhook request should be sent to.
             */
            post_webhook_url: string | null;
            /**
             * Format: uri
             * @description The absolute URL the pre-event webhook request should be sent to.
             */
            pre_webhook_url: string | null;
            /**
             * Format: uri
             * @description An absolute API resource URL for this webhook configuration.
             */
            url: string;
        };
        ServiceWebhookConfigurationUpdateRequest: {
            /** @description The events your webhook targets will receive; repeat the parameter for each event. */
            Filters?: components["schemas"]["ServiceWebhookFilter"][];
            /** @description The HTTP method to be used when sending a webhook request. */
            Method?: components["schemas"]["ServiceWebhookMethod"];
            /**
             * Format: uri
             * @description The absolute URL the post-event webhook request should be sent to.
             */
            PostWebhookUrl?: string;
            /**
             * Format: uri
             * @description The absolute URL the pre-event webhook request should be sent to.
             */
            PreWebhookUrl?: string;
        };
        /** @enum {string} */
        ServiceWebhookFilter: "onParticipantAdd" | "onParticipantAdded" | "onDeliveryUpdated" | "onConversationUpdated" | "onConversationRemove" | "onParticipantRemove" | "onConversationUpdate" | "onMessageAdd" | "onMessageRemoved" | "onParticipantUpdated" | "onConversationAdded" | "onMessageAdded" | "onConversationAdd" | "onConversationRemoved" | "onParticipantUpdate" | "onMessageRemove" | "onMessageUpdated" | "onParticipantRemoved" | "onMessageUpdate" | "onConversationStateUpdated";
        ServiceWebhookList: {
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "webhooks";
            };
            webhooks: components["schemas"]["ServiceWebhook"][];
        };
        /** @enum {string} */
        ServiceWebhookMethod: "GET" | "POST";
        /** @description Studio Flow SID (FW). 004:L9939 */
        StudioFlowSid: string;
        /** @description Twilio REST error body. */
        TwilioError: {
            /** @description Twilio error code (for example 20404). */
            code: number;
            /** @description Optional extra details; helper libraries read it when present. */
            details?: Record<string, never>;
            message: string;
            /** Format: uri */
            more_info: string;
            status: number;
        };
        /** @description An application-defined string that uniquely identifies the conversation; it can be used in place of the SID in the URL. */
        UniqueName: string;
        UpdateConversationRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /** @description The default email address used when sending outbound emails in this conversation. */
            "Bindings.Email.Address"?: string;
            /** @description The default name used when sending outbound emails in this conversation. */
            "Bindings.Email.Name"?: string;
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            FriendlyName?: components["schemas"]["FriendlyName"];
            MessagingServiceSid?: components["schemas"]["MessagingServiceSid"];
            State?: components["schemas"]["ConversationStateParam"];
            "Timers.Closed"?: components["schemas"]["Iso8601Duration"];
            "Timers.Inactive"?: components["schemas"]["Iso8601Duration"];
            UniqueName?: components["schemas"]["UniqueName"];
        };
        UpdateCredentialRequest: components["schemas"]["CredentialFields"] & {
            Type?: components["schemas"]["CredentialType"];
        };
        UpdateMessageRequest: {
            Attributes?: components["schemas"]["Attributes"];
            Author?: components["schemas"]["MessageAuthor"];
            Body?: components["schemas"]["MessageBody"];
            /** Format: date-time */
            DateCreated?: string;
            /** Format: date-time */
            DateUpdated?: string;
            Subject?: components["schemas"]["MessageSubject"];
        };
        UpdateParticipantRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /**
             * Format: date-time
             * @description The date that this resource was created.
             */
            DateCreated?: string;
            /**
             * Format: date-time
             * @description The date that this resource was last updated.
             */
            DateUpdated?: string;
            Identity?: components["schemas"]["Identity"];
            /** @description Index of the last message the participant has read. */
            LastReadMessageIndex?: number | null;
            /** @description Timestamp of the last message the participant has read. */
            LastReadTimestamp?: string;
            /** @description The Twilio phone number used in Group MMS. The value `null` removes it. */
            "MessagingBinding.ProjectedAddress"?: string;
            /** @description The Twilio phone number the participant is in contact with. The value `null` removes it. */
            "MessagingBinding.ProxyAddress"?: string;
            RoleSid?: components["schemas"]["RoleSid"];
        };
        UpdateRoleRequest: {
            /** @description The complete new permission set, one permission per parameter; replaces all previously assigned permissions. The allowed values depend on the role's type; see RolePermission. 004:L9210-9213 */
            Permission: components["schemas"]["RolePermission"][];
        };
        UpdateUserConversationRequest: {
            /** @description The index of the last Message in the Conversation that the Participant has read. 004:L12996-12999 */
            LastReadMessageIndex?: number;
            /**
             * Format: date-time
             * @description The date of the last message read in conversation by the user, in ISO 8601. 004:L12991-12994
             */
            LastReadTimestamp?: string;
            /** @description Whether the user receives pushes for this conversation; set separately for each user/conversation pair. 004:L13141 */
            NotificationLevel?: components["schemas"]["NotificationLevel"];
        };
        UpdateUserRequest: {
            Attributes?: components["schemas"]["Attributes"];
            /** @description The string that you assigned to describe the resource. 004:L8456-8459 */
            FriendlyName?: string;
            /** @description The SID of a service-level Role to assign to the user. 004:L8466-8470 */
            RoleSid?: components["schemas"]["RoleSid"];
        };
        UpdateWebhookRequest: {
            "Configuration.Filters"?: components["schemas"]["ConfigurationFilters"];
            "Configuration.FlowSid"?: components["schemas"]["StudioFlowSid"];
            "Configuration.Method"?: components["schemas"]["ConfigurationMethod"];
            "Configuration.Triggers"?: components["schemas"]["ConfigurationTriggers"];
            "Configuration.Url"?: components["schemas"]["ConfigurationUrl"];
        };
        User: {
            account_sid: components["schemas"]["AccountSid"];
            attributes: components["schemas"]["Attributes"];
            chat_service_sid: components["schemas"]["ServiceSid"];
            date_created: components["schemas"]["DateTime"];
            date_updated: components["schemas"]["DateTime"];
            /** @description 004:L7928-7931 */
            friendly_name: string | null;
            /** @description Unique within the Conversation Service and case-sensitive. 004:L7923-7926 */
            identity: string;
            is_notifiable: boolean | null;
            is_online: boolean | null;
            links: {
                /** Format: uri */
                user_conversations: string;
            };
            role_sid: components["schemas"]["RoleSid"];
            sid: components["schemas"]["UserSid"];
            /**
             * Format: uri
             * @description An absolute API resource URL for this user. 004:L7960-7963
             */
            url: string;
        };
        UserConversation: {
            account_sid: components["schemas"]["AccountSid"];
            attributes: components["schemas"]["Attributes"];
            chat_service_sid: components["schemas"]["ServiceSid"];
            conversation_sid: components["schemas"]["ConversationSid"];
            /** @enum {string} */
            conversation_state: "initializing" | "inactive" | "active" | "closed";
            created_by: string | null;
            date_created: components["schemas"]["DateTime"];
            date_updated: components["schemas"]["DateTime"];
            friendly_name: string | null;
            last_read_message_index: number | null;
            links: {
                /** Format: uri */
                conversation: string;
                /** Format: uri */
                participant: string;
            };
            notification_level: components["schemas"]["NotificationLevel"];
            participant_sid: components["schemas"]["ParticipantSid"];
            timers: components["schemas"]["schemas-ConversationTimers"];
            unique_name: string | null;
            unread_messages_count: number | null;
            /** Format: uri */
            url: string;
            user_sid: components["schemas"]["UserSid"];
        };
        UserConversationList: {
            conversations: components["schemas"]["UserConversation"][];
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "conversations";
            };
        };
        UserList: {
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "users";
            };
            users: components["schemas"]["User"][];
        };
        /** @description User SID (US). 004:L7903 */
        UserSid: string;
        Webhook: {
            account_sid: components["schemas"]["AccountSid"];
            configuration: components["schemas"]["WebhookConfiguration"];
            conversation_sid: components["schemas"]["ConversationSid"];
            date_created: components["schemas"]["DateTime"];
            date_updated: components["schemas"]["DateTime"];
            sid: components["schemas"]["WebhookSid"];
            target: components["schemas"]["schemas-WebhookTarget"];
            /** Format: uri */
            url: string;
        };
        /**
         * @example {
         *       "url": "https://example.com",
         *       "method": "get",
         *       "filters": [
         *         "onMessageAdded",
         *         "onConversationRemoved"
         *       ]
         *     }
         * @example {
         *       "url": "https://example.com",
         *       "method": "post",
         *       "filters": [
         *         "keyword1",
         *         "keyword2"
         *       ]
         *     }
         * @example {
         *       "flow_sid": "FWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
         *     }
         */
        WebhookConfiguration: {
            filters?: string[];
            flow_sid?: components["schemas"]["StudioFlowSid"];
            /** @enum {string} */
            method?: "get" | "post";
            replay_after?: number | null;
            triggers?: string[];
            /** Format: uri */
            url?: string;
        };
        /** @enum {string} */
        WebhookEnabledHeader: "true" | "false";
        WebhookList: {
            meta: components["schemas"]["PageMeta"] & {
                /** @constant */
                key?: "webhooks";
            };
            webhooks: components["schemas"]["Webhook"][];
        };
        /** @enum {string} */
        WebhookMethod: "GET" | "POST";
        /** @description Conversation-scoped webhook SID (WH). 004:L11198 */
        WebhookSid: string;
        /** @enum {string} */
        WebhookTarget: "webhook" | "flex";
    };
    responses: {
        /** @description The request was invalid (Twilio error body). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description One page of Binding resources. */
        BindingListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BindingList"];
            };
        };
        /** @description A Binding resource. */
        BindingResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Binding"];
            };
        };
        /** @description The request conflicts with the current state (Twilio error body). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The unique name is already used by another conversation, or the conversation's state does not allow the change (`initializing`, `closed`). Twilio error body. See D-CONV-4, D-CONV-11. */
        ConversationConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The created conversation. */
        ConversationCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        /** @description The conversation. */
        ConversationOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        /** @description One page of conversations. */
        ConversationPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConversationListResponse"];
            };
        };
        /** @description The conversation was created; participants are still being added. */
        ConversationWithParticipantsAccepted: {
            headers: {
                "Access-Control-Allow-Credentials": components["headers"]["AccessControlAllowCredentials"];
                "Access-Control-Allow-Headers": components["headers"]["AccessControlAllowHeaders"];
                "Access-Control-Allow-Methods": components["headers"]["AccessControlAllowMethods"];
                "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                "Access-Control-Expose-Headers": components["headers"]["AccessControlExposeHeaders"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        /** @description The unique name is taken, or a participant's address / proxy address pair is already bound to another non-closed conversation (004:L28725), or a participant's identity is already in 1000 active or inactive conversations (004:L22396). Twilio error body. See D-CWP-3. */
        ConversationWithParticipantsConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description The conversation was created (state `initializing` while participants are added). */
        ConversationWithParticipantsCreated: {
            headers: {
                "Access-Control-Allow-Credentials": components["headers"]["AccessControlAllowCredentials"];
                "Access-Control-Allow-Headers": components["headers"]["AccessControlAllowHeaders"];
                "Access-Control-Allow-Methods": components["headers"]["AccessControlAllowMethods"];
                "Access-Control-Allow-Origin": components["headers"]["AccessControlAllowOrigin"];
                "Access-Control-Expose-Headers": components["headers"]["AccessControlExposeHeaders"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Conversation"];
            };
        };
        /** @description One page of Credential resources. */
        CredentialListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CredentialList"];
            };
        };
        /** @description A Credential resource. */
        CredentialResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Credential"];
            };
        };
        /** @description A Media resource. */
        MediaResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Media"];
            };
        };
        /** @description The conversation is `initializing` or `closed` and takes no new or edited messages (Twilio error body). */
        MessageConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description One page of Message resources. */
        MessageListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageList"];
            };
        };
        /** @description A Message resource. */
        MessageResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Message"];
            };
        };
        /** @description The resource does not exist in this account (Twilio error 20404). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description A participant with this identity is already in the conversation, or the address / proxy address pair is already bound to a non-closed conversation (004:L28725), or the conversation is closed (004:L25892), or the identity is already in 1000 active or inactive conversations (004:L22396). Twilio error body. See D-PART-4. */
        ParticipantConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description One page of Participant Conversation resources, sorted by conversation SID. */
        ParticipantConversationListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ParticipantConversationList"];
            };
        };
        /** @description The created participant. */
        ParticipantCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Participant"];
            };
        };
        /** @description The participant. */
        ParticipantOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Participant"];
            };
        };
        /** @description One page of participants. */
        ParticipantPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ParticipantListResponse"];
            };
        };
        /** @description One page of delivery receipts. */
        ReceiptListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DeliveryReceiptList"];
            };
        };
        /** @description A delivery receipt. */
        ReceiptResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DeliveryReceipt"];
            };
        };
        /** @description One page of Role resources. */
        RoleListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RoleList"];
            };
        };
        /** @description A Role resource. */
        RoleResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Role"];
            };
        };
        /** @description One page of Message resources of a Conversation Service. */
        ServiceMessageListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceMessageList"];
            };
        };
        /** @description A Message resource of a Conversation Service (adds chat_service_sid). */
        ServiceMessageResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceMessage"];
            };
        };
        /** @description The created participant (service-scoped form). */
        ServiceParticipantCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceParticipant"];
            };
        };
        /** @description The participant (service-scoped form). */
        ServiceParticipantOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceParticipant"];
            };
        };
        /** @description One page of participants (service-scoped form). */
        ServiceParticipantPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceParticipantListResponse"];
            };
        };
        /** @description One page of delivery receipts of a Conversation Service. */
        ServiceReceiptListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceDeliveryReceiptList"];
            };
        };
        /** @description A delivery receipt of a Conversation Service (adds chat_service_sid). */
        ServiceReceiptResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceDeliveryReceipt"];
            };
        };
        /** @description One page of conversation-scoped webhooks of a Conversation Service. */
        ServiceWebhookListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceWebhookList"];
            };
        };
        /** @description A conversation-scoped webhook of a Conversation Service (adds chat_service_sid). */
        ServiceWebhookResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceWebhook"];
            };
        };
        /** @description Missing or wrong credentials (Twilio error 20003). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TwilioError"];
            };
        };
        /** @description One page of User Conversation resources. */
        UserConversationListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UserConversationList"];
            };
        };
        /** @description A User Conversation resource. */
        UserConversationResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UserConversation"];
            };
        };
        /** @description One page of User resources. */
        UserListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UserList"];
            };
        };
        /** @description A User resource. */
        UserResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["User"];
            };
        };
        /** @description One page of conversation-scoped webhooks. */
        WebhookListResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WebhookList"];
            };
        };
        /** @description A conversation-scoped webhook. */
        WebhookResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Webhook"];
            };
        };
    };
    parameters: {
        /** @description The non-chat participant's address (messaging_binding.address). Do not combine with Identity. */
        Address: string;
        /** @description The SID (IG…) of the address configuration, or its address. */
        AddressConfigurationSidPath: string;
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
        BindingPageSize: number;
        /** @description A 34 character string that uniquely identifies this resource. */
        BindingSid: components["schemas"]["BindingSid"];
        /** @description The push technology of the Bindings to read; repeat for several. 004:L14503-14508 */
        BindingTypeFilter: components["schemas"]["BindingType"][];
        /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
        ChatServiceSid: components["schemas"]["ServiceSid"];
        /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
        "components-parameters-ConversationSid": string;
        /** @description The size of the file being uploaded, in bytes. */
        ContentSize: number;
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
        ConversationPageSize: number;
        /** @description The SID (CH…) of the conversation the participants belong to. */
        ConversationSid: string;
        /** @description The conversation SID (CH…) or its `unique_name`. */
        ConversationSidOrUniqueName: string;
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
        CredentialPageSize: number;
        /** @description A 34 character string that uniquely identifies this resource. */
        CredentialSid: components["schemas"]["CredentialSid"];
        /** @description Only conversations created on or before this instant (ISO 8601, documented as `YYYY-MM-DDT23:59:59Z`). With either date filter the list is sorted by creation date, newest first. */
        EndDate: string;
        /** @description The chat participant's identity (Conversation User). Do not combine with Address. */
        Identity: string;
        /** @description The identity of a Conversation User the Bindings belong to; repeat for several. 004:L14510-14513 */
        IdentityFilter: string[];
        /** @description The SID of the Media resource (ME…). */
        MediaSid: components["schemas"]["MediaSid"];
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
        MessagePageSize: number;
        /** @description A 34 character string that uniquely identifies this Message. */
        MessageSid: components["schemas"]["MessageSid"];
        /** @description The sort order of the returned messages (by index). */
        Order: "asc" | "desc";
        /** @description The page index. This value is simply for client state. 004:L5016-5020 */
        Page: number;
        /** @description The page token. This is provided by the API. 004:L5022-5025 */
        PageToken: string;
        /** @description The SID of the Conversation Service (IS…) the media is uploaded to. */
        "parameters-ChatServiceSid": components["schemas"]["ServiceSid"];
        /** @description The unique ID of the Conversation for this message (its CH… SID). */
        "parameters-ConversationSid": string;
        /** @description The Conversation's SID (CH…) or its unique_name. */
        "parameters-ConversationSidOrUniqueName": string;
        /** @description The SID of the message within a Conversation the delivery receipt belongs to. */
        "parameters-MessageSid": components["schemas"]["MessageSid"];
        /** @description The User's SID (US…) or its identity. */
        "parameters-UserSidOrIdentity": string;
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
        ParticipantConversationPageSize: number;
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
        ParticipantPageSize: number;
        /** @description The participant SID (MB…). */
        ParticipantSid: string;
        /** @description The participant SID (MB…) or the participant's identity. */
        ParticipantSidOrIdentity: string;
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
        ReceiptPageSize: number;
        /** @description A 34 character string that uniquely identifies this delivery receipt. */
        ReceiptSid: components["schemas"]["DeliveryReceiptSid"];
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
        RolePageSize: number;
        /** @description The SID of the Role resource. */
        RoleSid: components["schemas"]["RoleSid"];
        /** @description A 34 character string that uniquely identifies this resource. */
        ServiceSidPath: components["schemas"]["ServiceSid"];
        /** @description Only conversations created on or after this instant (ISO 8601, documented as `YYYY-MM-DDT00:00:00Z`). With either date filter the list is sorted by creation date, newest first. */
        StartDate: string;
        /** @description Only conversations in this state. */
        StateFilter: components["schemas"]["ConversationStateParam"];
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
        UserConversationPageSize: number;
        /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
        UserPageSize: number;
        /** @description The User's SID (US…) or its identity. */
        UserSidOrIdentity: string;
        /** @description How many resources to return in each list page. The default is 5, and the maximum is 5. */
        WebhookPageSize: number;
        /** @description A 34 character string that uniquely identifies this webhook. */
        WebhookSid: components["schemas"]["WebhookSid"];
        /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
        XTwilioWebhookEnabled: components["schemas"]["WebhookEnabledHeader"];
    };
    requestBodies: {
        CreateConversation: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateConversationRequest"];
            };
        };
        CreateConversationWithParticipants: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateConversationWithParticipantsRequest"];
            };
        };
        CreateCredential: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateCredentialRequest"];
            };
        };
        CreateMessage: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateMessageRequest"];
            };
        };
        CreateParticipant: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateParticipantRequest"];
            };
        };
        CreateRole: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateRoleRequest"];
            };
        };
        CreateUser: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateUserRequest"];
            };
        };
        CreateWebhook: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateWebhookRequest"];
            };
        };
        UpdateConversation: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateConversationRequest"];
            };
        };
        UpdateCredential: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateCredentialRequest"];
            };
        };
        UpdateMessage: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateMessageRequest"];
            };
        };
        UpdateParticipant: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateParticipantRequest"];
            };
        };
        UpdateRole: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateRoleRequest"];
            };
        };
        UpdateUser: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateUserRequest"];
            };
        };
        UpdateUserConversation: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateUserConversationRequest"];
            };
        };
        UpdateWebhook: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateWebhookRequest"];
            };
        };
    };
    headers: {
        /** @description Indicates whether the browser should include credentials. */
        AccessControlAllowCredentials: boolean;
        /** @description Specify the headers allowed when accessing the resource. */
        AccessControlAllowHeaders: string;
        /** @description Specify the HTTP methods allowed when accessing the resource. */
        AccessControlAllowMethods: string;
        /** @description Specify the origin(s) allowed to access the resource. */
        AccessControlAllowOrigin: string;
        /** @description Headers exposed to the client. */
        AccessControlExposeHeaders: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    fetchConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Configuration"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    updateConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ConfigurationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated account configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Configuration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listConfigurationAddress: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: number;
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
                /** @description Filter the address configurations by their type. */
                Type?: components["schemas"]["AddressType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of address configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressConfigurationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createConfigurationAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AddressConfigurationCreateRequest"];
            };
        };
        responses: {
            /** @description The created address configuration. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressConfiguration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    fetchConfigurationAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (IG…) of the address configuration, or its address. */
                Sid: components["parameters"]["AddressConfigurationSidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressConfiguration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateConfigurationAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (IG…) of the address configuration, or its address. */
                Sid: components["parameters"]["AddressConfigurationSidPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AddressConfigurationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated address configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressConfiguration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteConfigurationAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (IG…) of the address configuration, or its address. */
                Sid: components["parameters"]["AddressConfigurationSidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address configuration was deleted (no body); autocreation stops for the address. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchConfigurationWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The global webhook configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationWebhook"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    updateConfigurationWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ConfigurationWebhookUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated global webhook configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationWebhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listConversation: {
        parameters: {
            query?: {
                /** @description Only conversations created on or before this instant (ISO 8601, documented as `YYYY-MM-DDT23:59:59Z`). With either date filter the list is sorted by creation date, newest first. */
                EndDate?: components["parameters"]["EndDate"];
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["ConversationPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
                /** @description Only conversations created on or after this instant (ISO 8601, documented as `YYYY-MM-DDT00:00:00Z`). With either date filter the list is sorted by creation date, newest first. */
                StartDate?: components["parameters"]["StartDate"];
                /** @description Only conversations in this state. */
                State?: components["parameters"]["StateFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConversationPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateConversation"];
        responses: {
            201: components["responses"]["ConversationCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ConversationConflict"];
        };
    };
    listConversationMessage: {
        parameters: {
            query?: {
                /** @description The sort order of the returned messages (by index). */
                Order?: components["parameters"]["Order"];
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["MessagePageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MessageListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateMessage"];
        responses: {
            201: components["responses"]["MessageResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MessageConflict"];
        };
    };
    listConversationMessageReceipt: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["ReceiptPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description The SID of the message within a Conversation the delivery receipt belongs to. */
                MessageSid: components["parameters"]["parameters-MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReceiptListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchConversationMessageReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description The SID of the message within a Conversation the delivery receipt belongs to. */
                MessageSid: components["parameters"]["parameters-MessageSid"];
                /** @description A 34 character string that uniquely identifies this delivery receipt. */
                Sid: components["parameters"]["ReceiptSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReceiptResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchConversationMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this Message. */
                Sid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MessageResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this Message. */
                Sid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateMessage"];
        responses: {
            200: components["responses"]["MessageResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MessageConflict"];
        };
    };
    deleteConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this Message. */
                Sid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Message was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listConversationParticipant: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["ParticipantPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ParticipantPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateParticipant"];
        responses: {
            201: components["responses"]["ParticipantCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ParticipantConflict"];
        };
    };
    fetchConversationParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…) or the participant's identity. */
                Sid: components["parameters"]["ParticipantSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ParticipantOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…). */
                Sid: components["parameters"]["ParticipantSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateParticipant"];
        responses: {
            200: components["responses"]["ParticipantOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ParticipantConflict"];
        };
    };
    deleteConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…). */
                Sid: components["parameters"]["ParticipantSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body (D-STATUS-1). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listConversationScopedWebhook: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 5, and the maximum is 5. */
                PageSize?: components["parameters"]["WebhookPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WebhookListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createConversationScopedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateWebhook"];
        responses: {
            201: components["responses"]["WebhookResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    fetchConversationScopedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this webhook. */
                Sid: components["parameters"]["WebhookSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WebhookResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateConversationScopedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this webhook. */
                Sid: components["parameters"]["WebhookSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateWebhook"];
        responses: {
            200: components["responses"]["WebhookResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteConversationScopedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this webhook. */
                Sid: components["parameters"]["WebhookSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConversationOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateConversation"];
        responses: {
            200: components["responses"]["ConversationOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConversationConflict"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body (D-STATUS-1). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createConversationWithParticipants: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateConversationWithParticipants"];
        responses: {
            201: components["responses"]["ConversationWithParticipantsCreated"];
            202: components["responses"]["ConversationWithParticipantsAccepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ConversationWithParticipantsConflict"];
        };
    };
    listCredential: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["CredentialPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CredentialListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createCredential: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateCredential"];
        responses: {
            201: components["responses"]["CredentialResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    fetchCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["CredentialSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CredentialResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["CredentialSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateCredential"];
        responses: {
            200: components["responses"]["CredentialResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["CredentialSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Credential was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listParticipantConversation: {
        parameters: {
            query?: {
                /** @description The non-chat participant's address (messaging_binding.address). Do not combine with Identity. */
                Address?: components["parameters"]["Address"];
                /** @description The chat participant's identity (Conversation User). Do not combine with Address. */
                Identity?: components["parameters"]["Identity"];
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["ParticipantConversationPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ParticipantConversationListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listRole: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["RolePageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RoleListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateRole"];
        responses: {
            201: components["responses"]["RoleResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    fetchRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Role resource. */
                Sid: components["parameters"]["RoleSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RoleResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Role resource. */
                Sid: components["parameters"]["RoleSid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateRole"];
        responses: {
            200: components["responses"]["RoleResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Role resource. */
                Sid: components["parameters"]["RoleSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Role was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listService: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: number;
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Conversation Services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ServiceCreateRequest"];
            };
        };
        responses: {
            /** @description The created Conversation Service. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listServiceBinding: {
        parameters: {
            query?: {
                /** @description The push technology of the Bindings to read; repeat for several. 004:L14503-14508 */
                BindingType?: components["parameters"]["BindingTypeFilter"];
                /** @description The identity of a Conversation User the Bindings belong to; repeat for several. 004:L14510-14513 */
                Identity?: components["parameters"]["IdentityFilter"];
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["BindingPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BindingListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceBinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["BindingSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BindingResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServiceBinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["BindingSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Binding was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceConfiguration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ServiceConfigurationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated service configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceConfiguration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The push notification configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceNotification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ServiceNotificationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated push notification configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceNotification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceWebhookConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service webhook configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceWebhookConfiguration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceWebhookConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ServiceWebhookConfigurationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated service webhook configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceWebhookConfiguration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listServiceConversation: {
        parameters: {
            query?: {
                /** @description Only conversations created on or before this instant (ISO 8601, documented as `YYYY-MM-DDT23:59:59Z`). With either date filter the list is sorted by creation date, newest first. */
                EndDate?: components["parameters"]["EndDate"];
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["ConversationPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
                /** @description Only conversations created on or after this instant (ISO 8601, documented as `YYYY-MM-DDT00:00:00Z`). With either date filter the list is sorted by creation date, newest first. */
                StartDate?: components["parameters"]["StartDate"];
                /** @description Only conversations in this state. */
                State?: components["parameters"]["StateFilter"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConversationPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateConversation"];
        responses: {
            201: components["responses"]["ConversationCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConversationConflict"];
        };
    };
    listServiceConversationMessage: {
        parameters: {
            query?: {
                /** @description The sort order of the returned messages (by index). */
                Order?: components["parameters"]["Order"];
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["MessagePageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceMessageListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateMessage"];
        responses: {
            201: components["responses"]["ServiceMessageResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MessageConflict"];
        };
    };
    listServiceConversationMessageReceipt: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["ReceiptPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description The SID of the message within a Conversation the delivery receipt belongs to. */
                MessageSid: components["parameters"]["parameters-MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceReceiptListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceConversationMessageReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description The SID of the message within a Conversation the delivery receipt belongs to. */
                MessageSid: components["parameters"]["parameters-MessageSid"];
                /** @description A 34 character string that uniquely identifies this delivery receipt. */
                Sid: components["parameters"]["ReceiptSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceReceiptResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceConversationMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this Message. */
                Sid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceMessageResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this Message. */
                Sid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateMessage"];
        responses: {
            200: components["responses"]["ServiceMessageResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MessageConflict"];
        };
    };
    deleteServiceConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this message (its CH… SID). */
                ConversationSid: components["parameters"]["parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this Message. */
                Sid: components["parameters"]["MessageSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Message was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listServiceConversationParticipant: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 100. */
                PageSize?: components["parameters"]["ParticipantPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceParticipantPage"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateParticipant"];
        responses: {
            201: components["responses"]["ServiceParticipantCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ParticipantConflict"];
        };
    };
    fetchServiceConversationParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…) or the participant's identity. */
                Sid: components["parameters"]["ParticipantSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceParticipantOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…). */
                Sid: components["parameters"]["ParticipantSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateParticipant"];
        responses: {
            200: components["responses"]["ServiceParticipantOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ParticipantConflict"];
        };
    };
    deleteServiceConversationParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID (CH…) of the conversation the participants belong to. */
                ConversationSid: components["parameters"]["ConversationSid"];
                /** @description The participant SID (MB…). */
                Sid: components["parameters"]["ParticipantSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body (D-STATUS-1). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listServiceConversationScopedWebhook: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 5, and the maximum is 5. */
                PageSize?: components["parameters"]["WebhookPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceWebhookListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceConversationScopedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateWebhook"];
        responses: {
            201: components["responses"]["ServiceWebhookResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    fetchServiceConversationScopedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this webhook. */
                Sid: components["parameters"]["WebhookSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceWebhookResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceConversationScopedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this webhook. */
                Sid: components["parameters"]["WebhookSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateWebhook"];
        responses: {
            200: components["responses"]["ServiceWebhookResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServiceConversationScopedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The unique ID of the Conversation for this webhook (its CH… SID). */
                ConversationSid: components["parameters"]["components-parameters-ConversationSid"];
                /** @description A 34 character string that uniquely identifies this webhook. */
                Sid: components["parameters"]["WebhookSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ConversationOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateConversation"];
        responses: {
            200: components["responses"]["ConversationOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConversationConflict"];
        };
    };
    deleteServiceConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The conversation SID (CH…) or its `unique_name`. */
                Sid: components["parameters"]["ConversationSidOrUniqueName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body (D-STATUS-1). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceConversationWithParticipants: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CreateConversationWithParticipants"];
        responses: {
            201: components["responses"]["ConversationWithParticipantsCreated"];
            202: components["responses"]["ConversationWithParticipantsAccepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConversationWithParticipantsConflict"];
        };
    };
    createMedia: {
        parameters: {
            query?: never;
            header?: {
                /** @description The size of the file being uploaded, in bytes. */
                "Content-Size"?: components["parameters"]["ContentSize"];
            };
            path: {
                /** @description The SID of the Conversation Service (IS…) the media is uploaded to. */
                ChatServiceSid: components["parameters"]["parameters-ChatServiceSid"];
            };
            cookie?: never;
        };
        /** @description The file itself in binary format (004:L6002-6003). The request Content-Type is the file's MIME type, "set explicitly by the API caller or automatically detected by the client" (004:L5996-5998). D-MED-5 */
        requestBody: {
            content: {
                "*/*": string;
            };
        };
        responses: {
            201: components["responses"]["MediaResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service (IS…) the media is uploaded to. */
                ChatServiceSid: components["parameters"]["parameters-ChatServiceSid"];
                /** @description The SID of the Media resource (ME…). */
                Sid: components["parameters"]["MediaSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MediaResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listServiceParticipantConversation: {
        parameters: {
            query?: {
                /** @description The non-chat participant's address (messaging_binding.address). Do not combine with Identity. */
                Address?: components["parameters"]["Address"];
                /** @description The chat participant's identity (Conversation User). Do not combine with Address. */
                Identity?: components["parameters"]["Identity"];
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["ParticipantConversationPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ParticipantConversationListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listServiceRole: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["RolePageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RoleListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateRole"];
        responses: {
            201: components["responses"]["RoleResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID of the Role resource. */
                Sid: components["parameters"]["RoleSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RoleResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID of the Role resource. */
                Sid: components["parameters"]["RoleSid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateRole"];
        responses: {
            200: components["responses"]["RoleResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServiceRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The SID of the Role resource. */
                Sid: components["parameters"]["RoleSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Role was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listServiceUser: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["UserPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createServiceUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateUser"];
        responses: {
            201: components["responses"]["UserResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    fetchServiceUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The User's SID (US…) or its identity. */
                Sid: components["parameters"]["UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The User's SID (US…) or its identity. */
                Sid: components["parameters"]["UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateUser"];
        responses: {
            200: components["responses"]["UserResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServiceUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The User's SID (US…) or its identity. */
                Sid: components["parameters"]["UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The User was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listServiceUserConversation: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["UserConversationPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserConversationListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchServiceUserConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The Conversation's SID (CH…) or its unique_name. */
                ConversationSid: components["parameters"]["parameters-ConversationSidOrUniqueName"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserConversationResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateServiceUserConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The Conversation's SID (CH…) or its unique_name. */
                ConversationSid: components["parameters"]["parameters-ConversationSidOrUniqueName"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateUserConversation"];
        responses: {
            200: components["responses"]["UserConversationResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteServiceUserConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SID of the Conversation Service the resource is associated with. 000:L47 */
                ChatServiceSid: components["parameters"]["ChatServiceSid"];
                /** @description The Conversation's SID (CH…) or its unique_name. */
                ConversationSid: components["parameters"]["parameters-ConversationSidOrUniqueName"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The User was removed from the Conversation (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["ServiceSidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Conversation Service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A 34 character string that uniquely identifies this resource. */
                Sid: components["parameters"]["ServiceSidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Conversation Service was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listUser: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["UserPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateUser"];
        responses: {
            201: components["responses"]["UserResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    fetchUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The User's SID (US…) or its identity. */
                Sid: components["parameters"]["UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The User's SID (US…) or its identity. */
                Sid: components["parameters"]["UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateUser"];
        responses: {
            200: components["responses"]["UserResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The X-Twilio-Webhook-Enabled HTTP request header. */
                "X-Twilio-Webhook-Enabled"?: components["parameters"]["XTwilioWebhookEnabled"];
            };
            path: {
                /** @description The User's SID (US…) or its identity. */
                Sid: components["parameters"]["UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The User was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listUserConversation: {
        parameters: {
            query?: {
                /** @description The page index. This value is simply for client state. 004:L5016-5020 */
                Page?: components["parameters"]["Page"];
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 50. */
                PageSize?: components["parameters"]["UserConversationPageSize"];
                /** @description The page token. This is provided by the API. 004:L5022-5025 */
                PageToken?: components["parameters"]["PageToken"];
            };
            header?: never;
            path: {
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserConversationListResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    fetchUserConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Conversation's SID (CH…) or its unique_name. */
                ConversationSid: components["parameters"]["parameters-ConversationSidOrUniqueName"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserConversationResponse"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateUserConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Conversation's SID (CH…) or its unique_name. */
                ConversationSid: components["parameters"]["parameters-ConversationSidOrUniqueName"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UpdateUserConversation"];
        responses: {
            200: components["responses"]["UserConversationResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteUserConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Conversation's SID (CH…) or its unique_name. */
                ConversationSid: components["parameters"]["parameters-ConversationSidOrUniqueName"];
                /** @description The User's SID (US…) or its identity. */
                UserSid: components["parameters"]["parameters-UserSidOrIdentity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The User was removed from the Conversation (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}
