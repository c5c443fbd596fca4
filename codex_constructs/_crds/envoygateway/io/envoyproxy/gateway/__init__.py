from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class BackendTrafficPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="envoygateway_ioenvoyproxygateway.BackendTrafficPolicy",
):
    '''BackendTrafficPolicy allows the user to configure the behavior of the connection between the Envoy Proxy listener and the backend service.

    :schema: BackendTrafficPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["BackendTrafficPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "BackendTrafficPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: spec defines the desired state of BackendTrafficPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__517ee890ddc4722e720b2b244caa0bd2131dab19af6357b41fdf236828d1cb8f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackendTrafficPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["BackendTrafficPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "BackendTrafficPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: spec defines the desired state of BackendTrafficPolicy.
        :param metadata: 
        '''
        props = BackendTrafficPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "BackendTrafficPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.BackendTrafficPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class BackendTrafficPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["BackendTrafficPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''BackendTrafficPolicy allows the user to configure the behavior of the connection between the Envoy Proxy listener and the backend service.

        :param spec: spec defines the desired state of BackendTrafficPolicy.
        :param metadata: 

        :schema: BackendTrafficPolicy
        '''
        if isinstance(spec, dict):
            spec = BackendTrafficPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__faa300681256b3b01aaf99e34cf84bb40b91ae54f8fd1670a26eeff1aaf23b3f)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "BackendTrafficPolicySpec":
        '''spec defines the desired state of BackendTrafficPolicy.

        :schema: BackendTrafficPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("BackendTrafficPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: BackendTrafficPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTrafficPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.BackendTrafficPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "request_buffer": "requestBuffer",
        "target_refs": "targetRefs",
        "timeout": "timeout",
    },
)
class BackendTrafficPolicySpec:
    def __init__(
        self,
        *,
        request_buffer: typing.Optional[typing.Union["BackendTrafficPolicySpecRequestBuffer", typing.Dict[builtins.str, typing.Any]]] = None,
        target_refs: typing.Optional[typing.Sequence[typing.Union["BackendTrafficPolicySpecTargetRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        timeout: typing.Optional[typing.Union["BackendTrafficPolicySpecTimeout", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''spec defines the desired state of BackendTrafficPolicy.

        :param request_buffer: RequestBuffer allows the gateway to buffer and fully receive each request from a client before continuing to send the request upstream to the backends. This can be helpful to shield your backend servers from slow clients, and also to enforce a maximum size per request as any requests larger than the buffer size will be rejected. This can have a negative performance impact so should only be enabled when necessary. When enabling this option, you should also configure your connection buffer size to account for these request buffers. There will also be an increase in memory usage for Envoy that should be accounted for in your deployment settings. Request buffering is incompatible with streaming APIs and protocol upgrades such as gRPC streaming and WebSocket. Do not enable this option on routes that need those protocols, because requests can hang instead of being forwarded upstream.
        :param target_refs: TargetRefs are the names of the Gateway resources this policy is being attached to.
        :param timeout: Timeout settings for the backend connections.

        :schema: BackendTrafficPolicySpec
        '''
        if isinstance(request_buffer, dict):
            request_buffer = BackendTrafficPolicySpecRequestBuffer(**request_buffer)
        if isinstance(timeout, dict):
            timeout = BackendTrafficPolicySpecTimeout(**timeout)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edace6362cc83a6dab30755e25d2a300b04bc0a048c01cd757652cba80f75852)
            check_type(argname="argument request_buffer", value=request_buffer, expected_type=type_hints["request_buffer"])
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request_buffer is not None:
            self._values["request_buffer"] = request_buffer
        if target_refs is not None:
            self._values["target_refs"] = target_refs
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def request_buffer(
        self,
    ) -> typing.Optional["BackendTrafficPolicySpecRequestBuffer"]:
        '''RequestBuffer allows the gateway to buffer and fully receive each request from a client before continuing to send the request upstream to the backends.

        This can be helpful to shield your backend servers from slow clients, and also to enforce a maximum size per request
        as any requests larger than the buffer size will be rejected.

        This can have a negative performance impact so should only be enabled when necessary.

        When enabling this option, you should also configure your connection buffer size to account for these request buffers. There will also be an
        increase in memory usage for Envoy that should be accounted for in your deployment settings.

        Request buffering is incompatible with streaming APIs and protocol upgrades such as gRPC streaming and WebSocket. Do not enable this option
        on routes that need those protocols, because requests can hang instead of being forwarded upstream.

        :schema: BackendTrafficPolicySpec#requestBuffer
        '''
        result = self._values.get("request_buffer")
        return typing.cast(typing.Optional["BackendTrafficPolicySpecRequestBuffer"], result)

    @builtins.property
    def target_refs(
        self,
    ) -> typing.Optional[typing.List["BackendTrafficPolicySpecTargetRefs"]]:
        '''TargetRefs are the names of the Gateway resources this policy is being attached to.

        :schema: BackendTrafficPolicySpec#targetRefs
        '''
        result = self._values.get("target_refs")
        return typing.cast(typing.Optional[typing.List["BackendTrafficPolicySpecTargetRefs"]], result)

    @builtins.property
    def timeout(self) -> typing.Optional["BackendTrafficPolicySpecTimeout"]:
        '''Timeout settings for the backend connections.

        :schema: BackendTrafficPolicySpec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional["BackendTrafficPolicySpecTimeout"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTrafficPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.BackendTrafficPolicySpecRequestBuffer",
    jsii_struct_bases=[],
    name_mapping={"limit": "limit"},
)
class BackendTrafficPolicySpecRequestBuffer:
    def __init__(
        self,
        *,
        limit: typing.Optional["BackendTrafficPolicySpecRequestBufferLimit"] = None,
    ) -> None:
        '''RequestBuffer allows the gateway to buffer and fully receive each request from a client before continuing to send the request upstream to the backends.

        This can be helpful to shield your backend servers from slow clients, and also to enforce a maximum size per request
        as any requests larger than the buffer size will be rejected.

        This can have a negative performance impact so should only be enabled when necessary.

        When enabling this option, you should also configure your connection buffer size to account for these request buffers. There will also be an
        increase in memory usage for Envoy that should be accounted for in your deployment settings.

        Request buffering is incompatible with streaming APIs and protocol upgrades such as gRPC streaming and WebSocket. Do not enable this option
        on routes that need those protocols, because requests can hang instead of being forwarded upstream.

        :param limit: Limit specifies the maximum allowed size in bytes for each incoming request buffer. If exceeded, the request will be rejected with HTTP 413 Content Too Large. Accepts values in resource.Quantity format (e.g., "10Mi", "500Ki").

        :schema: BackendTrafficPolicySpecRequestBuffer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__069968d08276b1e8971d0314057cfa49cd30b9df5eefdb36e9713be2bcb1b270)
            check_type(argname="argument limit", value=limit, expected_type=type_hints["limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limit is not None:
            self._values["limit"] = limit

    @builtins.property
    def limit(self) -> typing.Optional["BackendTrafficPolicySpecRequestBufferLimit"]:
        '''Limit specifies the maximum allowed size in bytes for each incoming request buffer.

        If exceeded, the request will be rejected with HTTP 413 Content Too Large.

        Accepts values in resource.Quantity format (e.g., "10Mi", "500Ki").

        :schema: BackendTrafficPolicySpecRequestBuffer#limit
        '''
        result = self._values.get("limit")
        return typing.cast(typing.Optional["BackendTrafficPolicySpecRequestBufferLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTrafficPolicySpecRequestBuffer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class BackendTrafficPolicySpecRequestBufferLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="envoygateway_ioenvoyproxygateway.BackendTrafficPolicySpecRequestBufferLimit",
):
    '''Limit specifies the maximum allowed size in bytes for each incoming request buffer.

    If exceeded, the request will be rejected with HTTP 413 Content Too Large.

    Accepts values in resource.Quantity format (e.g., "10Mi", "500Ki").

    :schema: BackendTrafficPolicySpecRequestBufferLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "BackendTrafficPolicySpecRequestBufferLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a700384bf79d19c6493c5c5a5cf974aabf7e41150c959837405c2723a6ddd199)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackendTrafficPolicySpecRequestBufferLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "BackendTrafficPolicySpecRequestBufferLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__43022ebbd6b81e0b407be18c5d2154dc10936f6e460c1ff44936c4c91dc46768)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("BackendTrafficPolicySpecRequestBufferLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.BackendTrafficPolicySpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "group": "group",
        "kind": "kind",
        "name": "name",
        "section_name": "sectionName",
    },
)
class BackendTrafficPolicySpecTargetRefs:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''LocalPolicyTargetReferenceWithSectionName identifies an API object to apply a direct policy to.

        This should be used as part of Policy resources that can
        target single resources. For more information on how this policy attachment
        mode works, and a sample Policy resource, refer to the policy attachment
        documentation for Gateway API.

        Note: This should only be used for direct policy attachment when references
        to SectionName are actually needed. In all other cases,
        LocalPolicyTargetReference should be used.

        :param group: Group is the group of the target resource.
        :param kind: Kind is kind of the target resource.
        :param name: Name is the name of the target resource.
        :param section_name: SectionName is the name of a section within the target resource. When unspecified, this targetRef targets the entire resource. In the following resources, SectionName is interpreted as the following: - Gateway: Listener name - HTTPRoute: HTTPRouteRule name - Service: Port name If a SectionName is specified, but does not exist on the targeted object, the Policy must fail to attach, and the policy implementation should record a ``ResolvedRefs`` or similar Condition in the Policy's status.

        :schema: BackendTrafficPolicySpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37922fd411bc4eac318725ebcdbc0eeca5af06fe5f9995cb87ffed56d6c25574)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the target resource.

        :schema: BackendTrafficPolicySpecTargetRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the target resource.

        :schema: BackendTrafficPolicySpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the target resource.

        :schema: BackendTrafficPolicySpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''SectionName is the name of a section within the target resource.

        When
        unspecified, this targetRef targets the entire resource. In the following
        resources, SectionName is interpreted as the following:

        - Gateway: Listener name
        - HTTPRoute: HTTPRouteRule name
        - Service: Port name

        If a SectionName is specified, but does not exist on the targeted object,
        the Policy must fail to attach, and the policy implementation should record
        a ``ResolvedRefs`` or similar Condition in the Policy's status.

        :schema: BackendTrafficPolicySpecTargetRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTrafficPolicySpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.BackendTrafficPolicySpecTimeout",
    jsii_struct_bases=[],
    name_mapping={"http": "http", "tcp": "tcp"},
)
class BackendTrafficPolicySpecTimeout:
    def __init__(
        self,
        *,
        http: typing.Optional[typing.Union["BackendTrafficPolicySpecTimeoutHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp: typing.Optional[typing.Union["BackendTrafficPolicySpecTimeoutTcp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Timeout settings for the backend connections.

        :param http: Timeout settings for HTTP.
        :param tcp: Timeout settings for TCP.

        :schema: BackendTrafficPolicySpecTimeout
        '''
        if isinstance(http, dict):
            http = BackendTrafficPolicySpecTimeoutHttp(**http)
        if isinstance(tcp, dict):
            tcp = BackendTrafficPolicySpecTimeoutTcp(**tcp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66698ebb49ab8a25770b2434a5c6a604073b013f1169a2445f21df5d9b77912f)
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp

    @builtins.property
    def http(self) -> typing.Optional["BackendTrafficPolicySpecTimeoutHttp"]:
        '''Timeout settings for HTTP.

        :schema: BackendTrafficPolicySpecTimeout#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["BackendTrafficPolicySpecTimeoutHttp"], result)

    @builtins.property
    def tcp(self) -> typing.Optional["BackendTrafficPolicySpecTimeoutTcp"]:
        '''Timeout settings for TCP.

        :schema: BackendTrafficPolicySpecTimeout#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional["BackendTrafficPolicySpecTimeoutTcp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTrafficPolicySpecTimeout(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.BackendTrafficPolicySpecTimeoutHttp",
    jsii_struct_bases=[],
    name_mapping={
        "connection_idle_timeout": "connectionIdleTimeout",
        "max_connection_duration": "maxConnectionDuration",
        "max_stream_duration": "maxStreamDuration",
        "request_timeout": "requestTimeout",
        "stream_idle_timeout": "streamIdleTimeout",
    },
)
class BackendTrafficPolicySpecTimeoutHttp:
    def __init__(
        self,
        *,
        connection_idle_timeout: typing.Optional[builtins.str] = None,
        max_connection_duration: typing.Optional[builtins.str] = None,
        max_stream_duration: typing.Optional[builtins.str] = None,
        request_timeout: typing.Optional[builtins.str] = None,
        stream_idle_timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Timeout settings for HTTP.

        :param connection_idle_timeout: The idle timeout for an HTTP connection. Idle time is defined as a period in which there are no active requests in the connection. Default: 1 hour.
        :param max_connection_duration: The maximum duration of an HTTP connection. Default: unlimited.
        :param max_stream_duration: MaxStreamDuration is the maximum duration for a stream to complete. This timeout measures the time from when the request is sent until the response stream is fully consumed and does not apply to non-streaming requests. When set to "0s", no max duration is applied and streams can run indefinitely.
        :param request_timeout: RequestTimeout is the time until which entire response is received from the upstream.
        :param stream_idle_timeout: The stream idle timeout defines the amount of time a stream can exist without any upstream or downstream activity. If not specified, StreamIdleTimeout is inherited from the listener-level setting, which can be configured via ClientTrafficPolicy.

        :schema: BackendTrafficPolicySpecTimeoutHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67b4ab4a1349522fdacef91215fd09c87568ded73012ac0ec3a9c52266abc167)
            check_type(argname="argument connection_idle_timeout", value=connection_idle_timeout, expected_type=type_hints["connection_idle_timeout"])
            check_type(argname="argument max_connection_duration", value=max_connection_duration, expected_type=type_hints["max_connection_duration"])
            check_type(argname="argument max_stream_duration", value=max_stream_duration, expected_type=type_hints["max_stream_duration"])
            check_type(argname="argument request_timeout", value=request_timeout, expected_type=type_hints["request_timeout"])
            check_type(argname="argument stream_idle_timeout", value=stream_idle_timeout, expected_type=type_hints["stream_idle_timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connection_idle_timeout is not None:
            self._values["connection_idle_timeout"] = connection_idle_timeout
        if max_connection_duration is not None:
            self._values["max_connection_duration"] = max_connection_duration
        if max_stream_duration is not None:
            self._values["max_stream_duration"] = max_stream_duration
        if request_timeout is not None:
            self._values["request_timeout"] = request_timeout
        if stream_idle_timeout is not None:
            self._values["stream_idle_timeout"] = stream_idle_timeout

    @builtins.property
    def connection_idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The idle timeout for an HTTP connection.

        Idle time is defined as a period in which there are no active requests in the connection.
        Default: 1 hour.

        :schema: BackendTrafficPolicySpecTimeoutHttp#connectionIdleTimeout
        '''
        result = self._values.get("connection_idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_connection_duration(self) -> typing.Optional[builtins.str]:
        '''The maximum duration of an HTTP connection.

        Default: unlimited.

        :schema: BackendTrafficPolicySpecTimeoutHttp#maxConnectionDuration
        '''
        result = self._values.get("max_connection_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_stream_duration(self) -> typing.Optional[builtins.str]:
        '''MaxStreamDuration is the maximum duration for a stream to complete.

        This timeout measures the time
        from when the request is sent until the response stream is fully consumed and does not apply to
        non-streaming requests.
        When set to "0s", no max duration is applied and streams can run indefinitely.

        :schema: BackendTrafficPolicySpecTimeoutHttp#maxStreamDuration
        '''
        result = self._values.get("max_stream_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request_timeout(self) -> typing.Optional[builtins.str]:
        '''RequestTimeout is the time until which entire response is received from the upstream.

        :schema: BackendTrafficPolicySpecTimeoutHttp#requestTimeout
        '''
        result = self._values.get("request_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stream_idle_timeout(self) -> typing.Optional[builtins.str]:
        '''The stream idle timeout defines the amount of time a stream can exist without any upstream or downstream activity.

        If not specified, StreamIdleTimeout is inherited from the listener-level setting, which can be configured via ClientTrafficPolicy.

        :schema: BackendTrafficPolicySpecTimeoutHttp#streamIdleTimeout
        '''
        result = self._values.get("stream_idle_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTrafficPolicySpecTimeoutHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.BackendTrafficPolicySpecTimeoutTcp",
    jsii_struct_bases=[],
    name_mapping={"connect_timeout": "connectTimeout"},
)
class BackendTrafficPolicySpecTimeoutTcp:
    def __init__(
        self,
        *,
        connect_timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Timeout settings for TCP.

        :param connect_timeout: The timeout for network connection establishment, including TCP and TLS handshakes. Default: 10 seconds.

        :schema: BackendTrafficPolicySpecTimeoutTcp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2cf8c33a72c89fafa609df1af52d21e8194061bd6249772b672b7303926ae647)
            check_type(argname="argument connect_timeout", value=connect_timeout, expected_type=type_hints["connect_timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if connect_timeout is not None:
            self._values["connect_timeout"] = connect_timeout

    @builtins.property
    def connect_timeout(self) -> typing.Optional[builtins.str]:
        '''The timeout for network connection establishment, including TCP and TLS handshakes.

        Default: 10 seconds.

        :schema: BackendTrafficPolicySpecTimeoutTcp#connectTimeout
        '''
        result = self._values.get("connect_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTrafficPolicySpecTimeoutTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EnvoyProxy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxy",
):
    '''EnvoyProxy is the schema for the envoyproxies API.

    :schema: EnvoyProxy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["EnvoyProxySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "EnvoyProxy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: EnvoyProxySpec defines the desired state of EnvoyProxy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17c97354a8602a736958916ec816ea604564160d7803c4cc3643105d82fefa55)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = EnvoyProxyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["EnvoyProxySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "EnvoyProxy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: EnvoyProxySpec defines the desired state of EnvoyProxy.
        :param metadata: 
        '''
        props = EnvoyProxyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "EnvoyProxy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class EnvoyProxyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["EnvoyProxySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvoyProxy is the schema for the envoyproxies API.

        :param spec: EnvoyProxySpec defines the desired state of EnvoyProxy.
        :param metadata: 

        :schema: EnvoyProxy
        '''
        if isinstance(spec, dict):
            spec = EnvoyProxySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__136f190cf41d5aaaaac1419bf89e003b56d492c0328a616c7721b7de70fd14fc)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "EnvoyProxySpec":
        '''EnvoyProxySpec defines the desired state of EnvoyProxy.

        :schema: EnvoyProxy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("EnvoyProxySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: EnvoyProxy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpec",
    jsii_struct_bases=[],
    name_mapping={"provider": "provider"},
)
class EnvoyProxySpec:
    def __init__(
        self,
        *,
        provider: typing.Optional[typing.Union["EnvoyProxySpecProvider", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvoyProxySpec defines the desired state of EnvoyProxy.

        :param provider: Provider defines the desired resource provider and provider-specific configuration. If unspecified, the "Kubernetes" resource provider is used with default configuration parameters.

        :schema: EnvoyProxySpec
        '''
        if isinstance(provider, dict):
            provider = EnvoyProxySpecProvider(**provider)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34e618575248cfbf72e3fcd1fe2f4aa9fd9b93069908aaf6b80126e16b4dbae7)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if provider is not None:
            self._values["provider"] = provider

    @builtins.property
    def provider(self) -> typing.Optional["EnvoyProxySpecProvider"]:
        '''Provider defines the desired resource provider and provider-specific configuration.

        If unspecified, the "Kubernetes" resource provider is used with default configuration
        parameters.

        :schema: EnvoyProxySpec#provider
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional["EnvoyProxySpecProvider"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProvider",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "kubernetes": "kubernetes"},
)
class EnvoyProxySpecProvider:
    def __init__(
        self,
        *,
        type: "EnvoyProxySpecProviderType",
        kubernetes: typing.Optional[typing.Union["EnvoyProxySpecProviderKubernetes", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Provider defines the desired resource provider and provider-specific configuration.

        If unspecified, the "Kubernetes" resource provider is used with default configuration
        parameters.

        :param type: Type is the type of resource provider to use. A resource provider provides infrastructure resources for running the data plane, e.g. Envoy proxy, and optional auxiliary control planes. Supported types are "Kubernetes" and "Host".
        :param kubernetes: Kubernetes defines the desired state of the Kubernetes resource provider. Kubernetes provides infrastructure resources for running the data plane, e.g. Envoy proxy. If unspecified and type is "Kubernetes", default settings for managed Kubernetes resources are applied.

        :schema: EnvoyProxySpecProvider
        '''
        if isinstance(kubernetes, dict):
            kubernetes = EnvoyProxySpecProviderKubernetes(**kubernetes)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a308cebb0f517db08a180ad49ba1729aa35faa0375d08f47fc360340e40275db)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument kubernetes", value=kubernetes, expected_type=type_hints["kubernetes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if kubernetes is not None:
            self._values["kubernetes"] = kubernetes

    @builtins.property
    def type(self) -> "EnvoyProxySpecProviderType":
        '''Type is the type of resource provider to use.

        A resource provider provides
        infrastructure resources for running the data plane, e.g. Envoy proxy, and
        optional auxiliary control planes. Supported types are "Kubernetes" and "Host".

        :schema: EnvoyProxySpecProvider#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("EnvoyProxySpecProviderType", result)

    @builtins.property
    def kubernetes(self) -> typing.Optional["EnvoyProxySpecProviderKubernetes"]:
        '''Kubernetes defines the desired state of the Kubernetes resource provider.

        Kubernetes provides infrastructure resources for running the data plane,
        e.g. Envoy proxy. If unspecified and type is "Kubernetes", default settings
        for managed Kubernetes resources are applied.

        :schema: EnvoyProxySpecProvider#kubernetes
        '''
        result = self._values.get("kubernetes")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetes"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetes",
    jsii_struct_bases=[],
    name_mapping={
        "envoy_deployment": "envoyDeployment",
        "envoy_pdb": "envoyPdb",
        "envoy_service": "envoyService",
    },
)
class EnvoyProxySpecProviderKubernetes:
    def __init__(
        self,
        *,
        envoy_deployment: typing.Optional[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyDeployment", typing.Dict[builtins.str, typing.Any]]] = None,
        envoy_pdb: typing.Optional[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyPdb", typing.Dict[builtins.str, typing.Any]]] = None,
        envoy_service: typing.Optional[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyService", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Kubernetes defines the desired state of the Kubernetes resource provider.

        Kubernetes provides infrastructure resources for running the data plane,
        e.g. Envoy proxy. If unspecified and type is "Kubernetes", default settings
        for managed Kubernetes resources are applied.

        :param envoy_deployment: EnvoyDeployment defines the desired state of the Envoy deployment resource. If unspecified, default settings for the managed Envoy deployment resource are applied.
        :param envoy_pdb: EnvoyPDB allows to control the pod disruption budget of an Envoy Proxy.
        :param envoy_service: EnvoyService defines the desired state of the Envoy service resource. If unspecified, default settings for the managed Envoy service resource are applied.

        :schema: EnvoyProxySpecProviderKubernetes
        '''
        if isinstance(envoy_deployment, dict):
            envoy_deployment = EnvoyProxySpecProviderKubernetesEnvoyDeployment(**envoy_deployment)
        if isinstance(envoy_pdb, dict):
            envoy_pdb = EnvoyProxySpecProviderKubernetesEnvoyPdb(**envoy_pdb)
        if isinstance(envoy_service, dict):
            envoy_service = EnvoyProxySpecProviderKubernetesEnvoyService(**envoy_service)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__89e6860d9af2e96563ad9b774a37e5af048cd90f2a8c3332c2f8d0f0340f2b6e)
            check_type(argname="argument envoy_deployment", value=envoy_deployment, expected_type=type_hints["envoy_deployment"])
            check_type(argname="argument envoy_pdb", value=envoy_pdb, expected_type=type_hints["envoy_pdb"])
            check_type(argname="argument envoy_service", value=envoy_service, expected_type=type_hints["envoy_service"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if envoy_deployment is not None:
            self._values["envoy_deployment"] = envoy_deployment
        if envoy_pdb is not None:
            self._values["envoy_pdb"] = envoy_pdb
        if envoy_service is not None:
            self._values["envoy_service"] = envoy_service

    @builtins.property
    def envoy_deployment(
        self,
    ) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeployment"]:
        '''EnvoyDeployment defines the desired state of the Envoy deployment resource.

        If unspecified, default settings for the managed Envoy deployment resource
        are applied.

        :schema: EnvoyProxySpecProviderKubernetes#envoyDeployment
        '''
        result = self._values.get("envoy_deployment")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeployment"], result)

    @builtins.property
    def envoy_pdb(self) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyPdb"]:
        '''EnvoyPDB allows to control the pod disruption budget of an Envoy Proxy.

        :schema: EnvoyProxySpecProviderKubernetes#envoyPDB
        '''
        result = self._values.get("envoy_pdb")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyPdb"], result)

    @builtins.property
    def envoy_service(
        self,
    ) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyService"]:
        '''EnvoyService defines the desired state of the Envoy service resource.

        If unspecified, default settings for the managed Envoy service resource
        are applied.

        :schema: EnvoyProxySpecProviderKubernetes#envoyService
        '''
        result = self._values.get("envoy_service")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyService"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeployment",
    jsii_struct_bases=[],
    name_mapping={"container": "container", "pod": "pod", "replicas": "replicas"},
)
class EnvoyProxySpecProviderKubernetesEnvoyDeployment:
    def __init__(
        self,
        *,
        container: typing.Optional[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        pod: typing.Optional[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod", typing.Dict[builtins.str, typing.Any]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''EnvoyDeployment defines the desired state of the Envoy deployment resource.

        If unspecified, default settings for the managed Envoy deployment resource
        are applied.

        :param container: Container defines the desired specification of main container.
        :param pod: Pod defines the desired specification of pod.
        :param replicas: Replicas is the number of desired pods. Defaults to 1. Default: 1.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeployment
        '''
        if isinstance(container, dict):
            container = EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer(**container)
        if isinstance(pod, dict):
            pod = EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod(**pod)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed3e9246d252bb7e4489e7ea68aff7e476910e3be506103379b88d2316d26c07)
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument pod", value=pod, expected_type=type_hints["pod"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if container is not None:
            self._values["container"] = container
        if pod is not None:
            self._values["pod"] = pod
        if replicas is not None:
            self._values["replicas"] = replicas

    @builtins.property
    def container(
        self,
    ) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer"]:
        '''Container defines the desired specification of main container.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeployment#container
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer"], result)

    @builtins.property
    def pod(
        self,
    ) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod"]:
        '''Pod defines the desired specification of pod.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeployment#pod
        '''
        result = self._values.get("pod")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''Replicas is the number of desired pods.

        Defaults to 1.

        :default: 1.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeployment#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyDeployment(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer",
    jsii_struct_bases=[],
    name_mapping={"resources": "resources"},
)
class EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer:
    def __init__(
        self,
        *,
        resources: typing.Optional[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Container defines the desired specification of main container.

        :param resources: Resources required by this container. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer
        '''
        if isinstance(resources, dict):
            resources = EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b65328930c8cb38bdcb0f7290171726e1316c72dac0ff9cb62f9fc46941d6237)
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources"]:
        '''Resources required by this container.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests"]] = None,
    ) -> None:
        '''Resources required by this container.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :param claims: Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container. This field depends on the DynamicResourceAllocation feature gate. This field is immutable. It can only be set for containers.
        :param limits: Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
        :param requests: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d090ddca4165ede46640b8f26558603a46e1e125d852144f65c529eeb2efa50)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(
        self,
    ) -> typing.Optional[typing.List["EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims"]]:
        '''Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.

        This field depends on the
        DynamicResourceAllocation feature gate.

        This field is immutable. It can only be set for containers.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits"]]:
        '''Limits describes the maximum amount of compute resources allowed.

        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests"]]:
        '''Requests describes the minimum amount of compute resources required.

        If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
        otherwise to an implementation-defined value. Requests cannot exceed Limits.
        More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ResourceClaim references one entry in PodSpec.ResourceClaims.

        :param name: Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used. It makes that resource available inside a container.
        :param request: Request is the name chosen for a request in the referenced claim. If empty, everything from the claim is made available, otherwise only the result of this request.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d8373bc1478303cae91bf52b89470a299203d68be2f7c6b2dc97d074ff4b4b9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def name(self) -> builtins.str:
        '''Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used. It makes that resource available inside a container.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''Request is the name chosen for a request in the referenced claim.

        If empty, everything from the claim is made available, otherwise
        only the result of this request.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits",
):
    '''
    :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd2eb16520e5a62ba6be21833b1b945c3881c5e83c9670b05251c54ca75b513b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c2795fd17947ae04548535916fe33e45899e5506914500c3325e464436b111b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests",
):
    '''
    :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea3f1aa87ccd2de1ee3fab53a0480f96cee6b14bc400d21e29941be84e0078ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__346b5b181e20d3ce7b9e616cdad0a0f88dff6826a1ed31ad68b360b1e3eff454)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod",
    jsii_struct_bases=[],
    name_mapping={"topology_spread_constraints": "topologySpreadConstraints"},
)
class EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod:
    def __init__(
        self,
        *,
        topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Pod defines the desired specification of pod.

        :param topology_spread_constraints: TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints. All topologySpreadConstraints are ANDed.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d50c02eba07f2a74d29948e927ca42b5a3abb446450398c1d02bf4bf4dc9993b)
            check_type(argname="argument topology_spread_constraints", value=topology_spread_constraints, expected_type=type_hints["topology_spread_constraints"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if topology_spread_constraints is not None:
            self._values["topology_spread_constraints"] = topology_spread_constraints

    @builtins.property
    def topology_spread_constraints(
        self,
    ) -> typing.Optional[typing.List["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints"]]:
        '''TopologySpreadConstraints describes how a group of pods ought to spread across topology domains.

        Scheduler will schedule pods in a way which abides by the constraints.
        All topologySpreadConstraints are ANDed.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod#topologySpreadConstraints
        '''
        result = self._values.get("topology_spread_constraints")
        return typing.cast(typing.Optional[typing.List["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "max_skew": "maxSkew",
        "topology_key": "topologyKey",
        "when_unsatisfiable": "whenUnsatisfiable",
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "min_domains": "minDomains",
        "node_affinity_policy": "nodeAffinityPolicy",
        "node_taints_policy": "nodeTaintsPolicy",
    },
)
class EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints:
    def __init__(
        self,
        *,
        max_skew: jsii.Number,
        topology_key: builtins.str,
        when_unsatisfiable: builtins.str,
        label_selector: typing.Optional[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        min_domains: typing.Optional[jsii.Number] = None,
        node_affinity_policy: typing.Optional[builtins.str] = None,
        node_taints_policy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TopologySpreadConstraint specifies how to spread matching pods among the given topology.

        :param max_skew: MaxSkew describes the degree to which pods may be unevenly distributed. When ``whenUnsatisfiable=DoNotSchedule``, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum. The global minimum is the minimum number of matching pods in an eligible domain or zero if the number of eligible domains is less than MinDomains. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 2/2/1: In this case, the global minimum is 1. | zone1 | zone2 | zone3 | | P P | P P | P | - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2; scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be scheduled onto any zone. When ``whenUnsatisfiable=ScheduleAnyway``, it is used to give higher precedence to topologies that satisfy it. It's a required field. Default value is 1 and 0 is not allowed.
        :param topology_key: TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology. We consider each <key, value> as a "bucket", and try to put balanced number of pods into each bucket. We define a domain as a particular instance of a topology. Also, we define an eligible domain as a domain whose nodes meet the requirements of nodeAffinityPolicy and nodeTaintsPolicy. e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology. And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology. It's a required field.
        :param when_unsatisfiable: WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location, but giving higher precedence to topologies that would help reduce the skew. A constraint is considered "Unsatisfiable" for an incoming pod if and only if every possible node assignment for that pod would violate "MaxSkew" on some topology. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: | zone1 | zone2 | zone3 | | P P P | P | P | If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler won't make it *more* imbalanced. It's a required field.
        :param label_selector: LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain.
        :param match_label_keys: MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated. The keys are used to lookup values from the incoming pod labels, those key-value labels are ANDed with labelSelector to select the group of existing pods over which spreading will be calculated for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector. MatchLabelKeys cannot be set when LabelSelector isn't set. Keys that don't exist in the incoming pod labels will be ignored. A null or empty list means only match against labelSelector. This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
        :param min_domains: MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed. And when the number of eligible domains with matching topology keys equals or greater than minDomains, this value has no effect on scheduling. As a result, when the number of eligible domains is less than minDomains, scheduler won't schedule more than maxSkew Pods to those domains. If value is nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule. For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | | P P | P P | P P | The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0. In this situation, new pod with the same labelSelector cannot be scheduled, because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate MaxSkew.
        :param node_affinity_policy: NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew. Options are: - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations. - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations. If this value is nil, the behavior is equivalent to the Honor policy.
        :param node_taints_policy: NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All nodes are included. If this value is nil, the behavior is equivalent to the Ignore policy.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints
        '''
        if isinstance(label_selector, dict):
            label_selector = EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4643d115b73f70bb29ccdaaec0eaccf0142c855cabb96234ea4992261a95769)
            check_type(argname="argument max_skew", value=max_skew, expected_type=type_hints["max_skew"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
            check_type(argname="argument when_unsatisfiable", value=when_unsatisfiable, expected_type=type_hints["when_unsatisfiable"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument min_domains", value=min_domains, expected_type=type_hints["min_domains"])
            check_type(argname="argument node_affinity_policy", value=node_affinity_policy, expected_type=type_hints["node_affinity_policy"])
            check_type(argname="argument node_taints_policy", value=node_taints_policy, expected_type=type_hints["node_taints_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "max_skew": max_skew,
            "topology_key": topology_key,
            "when_unsatisfiable": when_unsatisfiable,
        }
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if min_domains is not None:
            self._values["min_domains"] = min_domains
        if node_affinity_policy is not None:
            self._values["node_affinity_policy"] = node_affinity_policy
        if node_taints_policy is not None:
            self._values["node_taints_policy"] = node_taints_policy

    @builtins.property
    def max_skew(self) -> jsii.Number:
        '''MaxSkew describes the degree to which pods may be unevenly distributed.

        When ``whenUnsatisfiable=DoNotSchedule``, it is the maximum permitted difference
        between the number of matching pods in the target topology and the global minimum.
        The global minimum is the minimum number of matching pods in an eligible domain
        or zero if the number of eligible domains is less than MinDomains.
        For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
        labelSelector spread as 2/2/1:
        In this case, the global minimum is 1.
        | zone1 | zone2 | zone3 |
        |  P P  |  P P  |   P   |

        - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
          scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
          violate MaxSkew(1).
        - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
          When ``whenUnsatisfiable=ScheduleAnyway``, it is used to give higher precedence
          to topologies that satisfy it.
          It's a required field. Default value is 1 and 0 is not allowed.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints#maxSkew
        '''
        result = self._values.get("max_skew")
        assert result is not None, "Required property 'max_skew' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def topology_key(self) -> builtins.str:
        '''TopologyKey is the key of node labels.

        Nodes that have a label with this key
        and identical values are considered to be in the same topology.
        We consider each <key, value> as a "bucket", and try to put balanced number
        of pods into each bucket.
        We define a domain as a particular instance of a topology.
        Also, we define an eligible domain as a domain whose nodes meet the requirements of
        nodeAffinityPolicy and nodeTaintsPolicy.
        e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
        And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
        It's a required field.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints#topologyKey
        '''
        result = self._values.get("topology_key")
        assert result is not None, "Required property 'topology_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def when_unsatisfiable(self) -> builtins.str:
        '''WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint.

        - DoNotSchedule (default) tells the scheduler not to schedule it.
        - ScheduleAnyway tells the scheduler to schedule the pod in any location,
          but giving higher precedence to topologies that would help reduce the
          skew.
          A constraint is considered "Unsatisfiable" for an incoming pod
          if and only if every possible node assignment for that pod would violate
          "MaxSkew" on some topology.
          For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
          labelSelector spread as 3/1/1:
          | zone1 | zone2 | zone3 |
          | P P P |   P   |   P   |
          If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
          to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
          MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
          won't make it *more* imbalanced.
          It's a required field.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints#whenUnsatisfiable
        '''
        result = self._values.get("when_unsatisfiable")
        assert result is not None, "Required property 'when_unsatisfiable' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector"]:
        '''LabelSelector is used to find matching pods.

        Pods that match this label selector are counted to determine the number of pods
        in their corresponding topology domain.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated.

        The keys are used to lookup values from the
        incoming pod labels, those key-value labels are ANDed with labelSelector
        to select the group of existing pods over which spreading will be calculated
        for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
        MatchLabelKeys cannot be set when LabelSelector isn't set.
        Keys that don't exist in the incoming pod labels will
        be ignored. A null or empty list means only match against labelSelector.

        This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def min_domains(self) -> typing.Optional[jsii.Number]:
        '''MinDomains indicates a minimum number of eligible domains.

        When the number of eligible domains with matching topology keys is less than minDomains,
        Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
        And when the number of eligible domains with matching topology keys equals or greater than minDomains,
        this value has no effect on scheduling.
        As a result, when the number of eligible domains is less than minDomains,
        scheduler won't schedule more than maxSkew Pods to those domains.
        If value is nil, the constraint behaves as if MinDomains is equal to 1.
        Valid values are integers greater than 0.
        When value is not nil, WhenUnsatisfiable must be DoNotSchedule.

        For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
        labelSelector spread as 2/2/2:
        | zone1 | zone2 | zone3 |
        |  P P  |  P P  |  P P  |
        The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
        In this situation, new pod with the same labelSelector cannot be scheduled,
        because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
        it will violate MaxSkew.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints#minDomains
        '''
        result = self._values.get("min_domains")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_affinity_policy(self) -> typing.Optional[builtins.str]:
        '''NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew.

        Options are:

        - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
        - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.

        If this value is nil, the behavior is equivalent to the Honor policy.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints#nodeAffinityPolicy
        '''
        result = self._values.get("node_affinity_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_taints_policy(self) -> typing.Optional[builtins.str]:
        '''NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew.

        Options are:

        - Honor: nodes without taints, along with tainted nodes for which the incoming pod
          has a toleration, are included.
        - Ignore: node taints are ignored. All nodes are included.

        If this value is nil, the behavior is equivalent to the Ignore policy.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints#nodeTaintsPolicy
        '''
        result = self._values.get("node_taints_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''LabelSelector is used to find matching pods.

        Pods that match this label selector are counted to determine the number of pods
        in their corresponding topology domain.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32f222ef69f2360838d865b6db936a192d5e15f4492043bf295a915528d4b5a2)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ba84c8a50e6836c9552ba0a47936067fde6eb29dbded6c2e98a16db78dd642e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyPdb",
    jsii_struct_bases=[],
    name_mapping={"min_available": "minAvailable"},
)
class EnvoyProxySpecProviderKubernetesEnvoyPdb:
    def __init__(
        self,
        *,
        min_available: typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable"] = None,
    ) -> None:
        '''EnvoyPDB allows to control the pod disruption budget of an Envoy Proxy.

        :param min_available: MinAvailable specifies the minimum amount of pods (can be expressed as integers or as a percentage) that must be available at all times during voluntary disruptions, such as node drains or updates. This setting ensures that your envoy proxy maintains a certain level of availability and resilience during maintenance operations. Cannot be combined with maxUnavailable.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyPdb
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f706edbbc9bae3b747ed9b934a1c658dc6349aaa4e49df1ff224be77a63fb87d)
            check_type(argname="argument min_available", value=min_available, expected_type=type_hints["min_available"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if min_available is not None:
            self._values["min_available"] = min_available

    @builtins.property
    def min_available(
        self,
    ) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable"]:
        '''MinAvailable specifies the minimum amount of pods (can be expressed as integers or as a percentage) that must be available at all times during voluntary disruptions, such as node drains or updates.

        This setting ensures that your envoy proxy maintains a certain level of availability
        and resilience during maintenance operations. Cannot be combined with maxUnavailable.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyPdb#minAvailable
        '''
        result = self._values.get("min_available")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyPdb(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable",
):
    '''MinAvailable specifies the minimum amount of pods (can be expressed as integers or as a percentage) that must be available at all times during voluntary disruptions, such as node drains or updates.

    This setting ensures that your envoy proxy maintains a certain level of availability
    and resilience during maintenance operations. Cannot be combined with maxUnavailable.

    :schema: EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ef6f945e3320e019a34310676bf9994ab7b3b2144c760c2545a7f82007d49ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3401cfa1c1ee801dac9ddaca1d6e44b4393906fdd9e5fb32295585e6987e647)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyService",
    jsii_struct_bases=[],
    name_mapping={
        "external_traffic_policy": "externalTrafficPolicy",
        "load_balancer_ip": "loadBalancerIp",
        "type": "type",
    },
)
class EnvoyProxySpecProviderKubernetesEnvoyService:
    def __init__(
        self,
        *,
        external_traffic_policy: typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy"] = None,
        load_balancer_ip: typing.Optional[builtins.str] = None,
        type: typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyServiceType"] = None,
    ) -> None:
        '''EnvoyService defines the desired state of the Envoy service resource.

        If unspecified, default settings for the managed Envoy service resource
        are applied.

        :param external_traffic_policy: ExternalTrafficPolicy determines the externalTrafficPolicy for the Envoy Service. Valid options are Local and Cluster. Default is "Local". "Local" means traffic will only go to pods on the node receiving the traffic. "Cluster" means connections are loadbalanced to all pods in the cluster. Default: Local". "Local" means traffic will only go to pods on the node
        :param load_balancer_ip: LoadBalancerIP defines the IP Address of the underlying load balancer service. This field may be ignored if the load balancer provider does not support this feature. This field has been deprecated in Kubernetes, but it is still used for setting the IP Address in some cloud providers such as GCP.
        :param type: Type determines how the Service is exposed. Defaults to LoadBalancer. Valid options are ClusterIP, LoadBalancer and NodePort. "LoadBalancer" means a service will be exposed via an external load balancer (if the cloud provider supports it). "ClusterIP" means a service will only be accessible inside the cluster, via the cluster IP. "NodePort" means a service will be exposed on a static Port on all Nodes of the cluster. Default: LoadBalancer.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyService
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5353ab000093c8e5db51f49780162c7cc5b4618efe483ee6c65b914551f82e45)
            check_type(argname="argument external_traffic_policy", value=external_traffic_policy, expected_type=type_hints["external_traffic_policy"])
            check_type(argname="argument load_balancer_ip", value=load_balancer_ip, expected_type=type_hints["load_balancer_ip"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external_traffic_policy is not None:
            self._values["external_traffic_policy"] = external_traffic_policy
        if load_balancer_ip is not None:
            self._values["load_balancer_ip"] = load_balancer_ip
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def external_traffic_policy(
        self,
    ) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy"]:
        '''ExternalTrafficPolicy determines the externalTrafficPolicy for the Envoy Service.

        Valid options
        are Local and Cluster. Default is "Local". "Local" means traffic will only go to pods on the node
        receiving the traffic. "Cluster" means connections are loadbalanced to all pods in the cluster.

        :default: Local". "Local" means traffic will only go to pods on the node

        :schema: EnvoyProxySpecProviderKubernetesEnvoyService#externalTrafficPolicy
        '''
        result = self._values.get("external_traffic_policy")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy"], result)

    @builtins.property
    def load_balancer_ip(self) -> typing.Optional[builtins.str]:
        '''LoadBalancerIP defines the IP Address of the underlying load balancer service.

        This field
        may be ignored if the load balancer provider does not support this feature.
        This field has been deprecated in Kubernetes, but it is still used for setting the IP Address in some cloud
        providers such as GCP.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyService#loadBalancerIP
        '''
        result = self._values.get("load_balancer_ip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyServiceType"]:
        '''Type determines how the Service is exposed.

        Defaults to LoadBalancer.
        Valid options are ClusterIP, LoadBalancer and NodePort.
        "LoadBalancer" means a service will be exposed via an external load balancer (if the cloud provider supports it).
        "ClusterIP" means a service will only be accessible inside the cluster, via the cluster IP.
        "NodePort" means a service will be exposed on a static Port on all Nodes of the cluster.

        :default: LoadBalancer.

        :schema: EnvoyProxySpecProviderKubernetesEnvoyService#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["EnvoyProxySpecProviderKubernetesEnvoyServiceType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EnvoyProxySpecProviderKubernetesEnvoyService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy"
)
class EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy(enum.Enum):
    '''ExternalTrafficPolicy determines the externalTrafficPolicy for the Envoy Service.

    Valid options
    are Local and Cluster. Default is "Local". "Local" means traffic will only go to pods on the node
    receiving the traffic. "Cluster" means connections are loadbalanced to all pods in the cluster.

    :default: Local". "Local" means traffic will only go to pods on the node

    :schema: EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy
    '''

    LOCAL = "LOCAL"
    '''Local.'''
    CLUSTER = "CLUSTER"
    '''Cluster.'''


@jsii.enum(
    jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderKubernetesEnvoyServiceType"
)
class EnvoyProxySpecProviderKubernetesEnvoyServiceType(enum.Enum):
    '''Type determines how the Service is exposed.

    Defaults to LoadBalancer.
    Valid options are ClusterIP, LoadBalancer and NodePort.
    "LoadBalancer" means a service will be exposed via an external load balancer (if the cloud provider supports it).
    "ClusterIP" means a service will only be accessible inside the cluster, via the cluster IP.
    "NodePort" means a service will be exposed on a static Port on all Nodes of the cluster.

    :default: LoadBalancer.

    :schema: EnvoyProxySpecProviderKubernetesEnvoyServiceType
    '''

    CLUSTER_IP = "CLUSTER_IP"
    '''ClusterIP.'''
    LOAD_BALANCER = "LOAD_BALANCER"
    '''LoadBalancer.'''
    NODE_PORT = "NODE_PORT"
    '''NodePort.'''


@jsii.enum(jsii_type="envoygateway_ioenvoyproxygateway.EnvoyProxySpecProviderType")
class EnvoyProxySpecProviderType(enum.Enum):
    '''Type is the type of resource provider to use.

    A resource provider provides
    infrastructure resources for running the data plane, e.g. Envoy proxy, and
    optional auxiliary control planes. Supported types are "Kubernetes" and "Host".

    :schema: EnvoyProxySpecProviderType
    '''

    KUBERNETES = "KUBERNETES"
    '''Kubernetes.'''
    HOST = "HOST"
    '''Host.'''


class SecurityPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicy",
):
    '''SecurityPolicy allows the user to configure various security settings for a Gateway.

    :schema: SecurityPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["SecurityPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SecurityPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec defines the desired state of SecurityPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b457efa3d83a4ae34aaae0fc9281802d4c9f8e2756f48d89ff02dffe65375f7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SecurityPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["SecurityPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SecurityPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec defines the desired state of SecurityPolicy.
        :param metadata: 
        '''
        props = SecurityPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SecurityPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class SecurityPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["SecurityPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecurityPolicy allows the user to configure various security settings for a Gateway.

        :param spec: Spec defines the desired state of SecurityPolicy.
        :param metadata: 

        :schema: SecurityPolicy
        '''
        if isinstance(spec, dict):
            spec = SecurityPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96a832cd57efbe117af33d3a734491b005e29432aca426eae6313cf5e902478e)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "SecurityPolicySpec":
        '''Spec defines the desired state of SecurityPolicy.

        :schema: SecurityPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("SecurityPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: SecurityPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "authorization": "authorization",
        "basic_auth": "basicAuth",
        "target_refs": "targetRefs",
    },
)
class SecurityPolicySpec:
    def __init__(
        self,
        *,
        authorization: typing.Optional[typing.Union["SecurityPolicySpecAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
        basic_auth: typing.Optional[typing.Union["SecurityPolicySpecBasicAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        target_refs: typing.Optional[typing.Sequence[typing.Union["SecurityPolicySpecTargetRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Spec defines the desired state of SecurityPolicy.

        :param authorization: Authorization defines the authorization configuration.
        :param basic_auth: BasicAuth defines the configuration for the HTTP Basic Authentication.
        :param target_refs: TargetRefs are the names of the Gateway resources this policy is being attached to.

        :schema: SecurityPolicySpec
        '''
        if isinstance(authorization, dict):
            authorization = SecurityPolicySpecAuthorization(**authorization)
        if isinstance(basic_auth, dict):
            basic_auth = SecurityPolicySpecBasicAuth(**basic_auth)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cb921ee078d93d915dc3af82e99b16ef6671efe915dea65d28317ee337e2250d)
            check_type(argname="argument authorization", value=authorization, expected_type=type_hints["authorization"])
            check_type(argname="argument basic_auth", value=basic_auth, expected_type=type_hints["basic_auth"])
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authorization is not None:
            self._values["authorization"] = authorization
        if basic_auth is not None:
            self._values["basic_auth"] = basic_auth
        if target_refs is not None:
            self._values["target_refs"] = target_refs

    @builtins.property
    def authorization(self) -> typing.Optional["SecurityPolicySpecAuthorization"]:
        '''Authorization defines the authorization configuration.

        :schema: SecurityPolicySpec#authorization
        '''
        result = self._values.get("authorization")
        return typing.cast(typing.Optional["SecurityPolicySpecAuthorization"], result)

    @builtins.property
    def basic_auth(self) -> typing.Optional["SecurityPolicySpecBasicAuth"]:
        '''BasicAuth defines the configuration for the HTTP Basic Authentication.

        :schema: SecurityPolicySpec#basicAuth
        '''
        result = self._values.get("basic_auth")
        return typing.cast(typing.Optional["SecurityPolicySpecBasicAuth"], result)

    @builtins.property
    def target_refs(
        self,
    ) -> typing.Optional[typing.List["SecurityPolicySpecTargetRefs"]]:
        '''TargetRefs are the names of the Gateway resources this policy is being attached to.

        :schema: SecurityPolicySpec#targetRefs
        '''
        result = self._values.get("target_refs")
        return typing.cast(typing.Optional[typing.List["SecurityPolicySpecTargetRefs"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorization",
    jsii_struct_bases=[],
    name_mapping={"default_action": "defaultAction", "rules": "rules"},
)
class SecurityPolicySpecAuthorization:
    def __init__(
        self,
        *,
        default_action: typing.Optional["SecurityPolicySpecAuthorizationDefaultAction"] = None,
        rules: typing.Optional[typing.Sequence[typing.Union["SecurityPolicySpecAuthorizationRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Authorization defines the authorization configuration.

        :param default_action: DefaultAction defines the default action to be taken if no rules match. If not specified, the default action is Deny.
        :param rules: Rules defines a list of authorization rules. These rules are evaluated in order, the first matching rule will be applied, and the rest will be skipped. For example, if there are two rules: the first rule allows the request and the second rule denies it, when a request matches both rules, it will be allowed.

        :schema: SecurityPolicySpecAuthorization
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9e97c201d4fc814b54a83a883cfa695b876259e46dedbeaebdeae0ce225554b)
            check_type(argname="argument default_action", value=default_action, expected_type=type_hints["default_action"])
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_action is not None:
            self._values["default_action"] = default_action
        if rules is not None:
            self._values["rules"] = rules

    @builtins.property
    def default_action(
        self,
    ) -> typing.Optional["SecurityPolicySpecAuthorizationDefaultAction"]:
        '''DefaultAction defines the default action to be taken if no rules match.

        If not specified, the default action is Deny.

        :schema: SecurityPolicySpecAuthorization#defaultAction
        '''
        result = self._values.get("default_action")
        return typing.cast(typing.Optional["SecurityPolicySpecAuthorizationDefaultAction"], result)

    @builtins.property
    def rules(
        self,
    ) -> typing.Optional[typing.List["SecurityPolicySpecAuthorizationRules"]]:
        '''Rules defines a list of authorization rules.

        These rules are evaluated in order, the first matching rule will be applied,
        and the rest will be skipped.

        For example, if there are two rules: the first rule allows the request
        and the second rule denies it, when a request matches both rules, it will be allowed.

        :schema: SecurityPolicySpecAuthorization#rules
        '''
        result = self._values.get("rules")
        return typing.cast(typing.Optional[typing.List["SecurityPolicySpecAuthorizationRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationDefaultAction"
)
class SecurityPolicySpecAuthorizationDefaultAction(enum.Enum):
    '''DefaultAction defines the default action to be taken if no rules match.

    If not specified, the default action is Deny.

    :schema: SecurityPolicySpecAuthorizationDefaultAction
    '''

    ALLOW = "ALLOW"
    '''Allow.'''
    DENY = "DENY"
    '''Deny.'''


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRules",
    jsii_struct_bases=[],
    name_mapping={
        "action": "action",
        "cel": "cel",
        "name": "name",
        "operation": "operation",
        "principal": "principal",
    },
)
class SecurityPolicySpecAuthorizationRules:
    def __init__(
        self,
        *,
        action: "SecurityPolicySpecAuthorizationRulesAction",
        cel: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        operation: typing.Optional[typing.Union["SecurityPolicySpecAuthorizationRulesOperation", typing.Dict[builtins.str, typing.Any]]] = None,
        principal: typing.Optional[typing.Union["SecurityPolicySpecAuthorizationRulesPrincipal", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AuthorizationRule defines a single authorization rule.

        :param action: Action defines the action to be taken if the rule matches.
        :param cel: CEL specifies a Common Expression Language expression to evaluate for the request. If specified, the expression must evaluate to true for the rule to match. The expression can use Envoy attributes exposed to the CEL runtime. Request attributes, such as request.path, request.url_path, request.host, request.scheme, request.method, request.headers, and request.query, are generally available during authorization. Connection attributes, such as source.address, source.port, destination.address, destination.port, connection.mtls, and connection.requested_server_name, may also be used. Dynamic metadata and filter state produced by earlier filters may also be available through attributes such as metadata and filter_state. Response attributes are only available after the request completes and should not be used for authorization decisions. For more details, see: https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/advanced/attributes The rule matches only when the expression evaluates to a boolean true. Non-boolean results, false, null, and CEL evaluation errors are treated as no match. Examples: ``request.headers['x-tenant'] == 'team-a'`` ``request.method == 'POST' && request.path.startsWith('/admin')``
        :param name: Name is a user-friendly name for the rule. If not specified, Envoy Gateway will generate a unique name for the rule.
        :param operation: Operation specifies the operation of a request, such as HTTP methods. If not specified, all operations are matched on.
        :param principal: Principal specifies the client identity of a request. If there are multiple principal types, all principals must match for the rule to match. For example, if there are two principals: one for client IP and one for JWT claim, the rule will match only if both the client IP and the JWT claim match.

        :schema: SecurityPolicySpecAuthorizationRules
        '''
        if isinstance(operation, dict):
            operation = SecurityPolicySpecAuthorizationRulesOperation(**operation)
        if isinstance(principal, dict):
            principal = SecurityPolicySpecAuthorizationRulesPrincipal(**principal)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f9dfca4c21f2bf4d3b7e94137aefab4ade47fb9b8aeff92014a193d7644775b)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument cel", value=cel, expected_type=type_hints["cel"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument operation", value=operation, expected_type=type_hints["operation"])
            check_type(argname="argument principal", value=principal, expected_type=type_hints["principal"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "action": action,
        }
        if cel is not None:
            self._values["cel"] = cel
        if name is not None:
            self._values["name"] = name
        if operation is not None:
            self._values["operation"] = operation
        if principal is not None:
            self._values["principal"] = principal

    @builtins.property
    def action(self) -> "SecurityPolicySpecAuthorizationRulesAction":
        '''Action defines the action to be taken if the rule matches.

        :schema: SecurityPolicySpecAuthorizationRules#action
        '''
        result = self._values.get("action")
        assert result is not None, "Required property 'action' is missing"
        return typing.cast("SecurityPolicySpecAuthorizationRulesAction", result)

    @builtins.property
    def cel(self) -> typing.Optional[builtins.str]:
        '''CEL specifies a Common Expression Language expression to evaluate for the request.

        If specified, the expression must evaluate to true for the rule to match.

        The expression can use Envoy attributes exposed to the CEL runtime.
        Request attributes, such as request.path, request.url_path, request.host,
        request.scheme, request.method, request.headers, and request.query, are
        generally available during authorization. Connection attributes, such as
        source.address, source.port, destination.address, destination.port,
        connection.mtls, and connection.requested_server_name, may also be used.
        Dynamic metadata and filter state produced by earlier filters may also be
        available through attributes such as metadata and filter_state.
        Response attributes are only available after the request completes and
        should not be used for authorization decisions.

        For more details, see:
        https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/advanced/attributes

        The rule matches only when the expression evaluates to a boolean true.
        Non-boolean results, false, null, and CEL evaluation errors are treated as
        no match.

        Examples:
        ``request.headers['x-tenant'] == 'team-a'``
        ``request.method == 'POST' && request.path.startsWith('/admin')``

        :schema: SecurityPolicySpecAuthorizationRules#cel
        '''
        result = self._values.get("cel")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is a user-friendly name for the rule.

        If not specified, Envoy Gateway will generate a unique name for the rule.

        :schema: SecurityPolicySpecAuthorizationRules#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operation(
        self,
    ) -> typing.Optional["SecurityPolicySpecAuthorizationRulesOperation"]:
        '''Operation specifies the operation of a request, such as HTTP methods.

        If not specified, all operations are matched on.

        :schema: SecurityPolicySpecAuthorizationRules#operation
        '''
        result = self._values.get("operation")
        return typing.cast(typing.Optional["SecurityPolicySpecAuthorizationRulesOperation"], result)

    @builtins.property
    def principal(
        self,
    ) -> typing.Optional["SecurityPolicySpecAuthorizationRulesPrincipal"]:
        '''Principal specifies the client identity of a request.

        If there are multiple principal types, all principals must match for the rule to match.
        For example, if there are two principals: one for client IP and one for JWT claim,
        the rule will match only if both the client IP and the JWT claim match.

        :schema: SecurityPolicySpecAuthorizationRules#principal
        '''
        result = self._values.get("principal")
        return typing.cast(typing.Optional["SecurityPolicySpecAuthorizationRulesPrincipal"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorizationRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesAction"
)
class SecurityPolicySpecAuthorizationRulesAction(enum.Enum):
    '''Action defines the action to be taken if the rule matches.

    :schema: SecurityPolicySpecAuthorizationRulesAction
    '''

    ALLOW = "ALLOW"
    '''Allow.'''
    DENY = "DENY"
    '''Deny.'''


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesOperation",
    jsii_struct_bases=[],
    name_mapping={"methods": "methods", "path": "path"},
)
class SecurityPolicySpecAuthorizationRulesOperation:
    def __init__(
        self,
        *,
        methods: typing.Optional[typing.Sequence["SecurityPolicySpecAuthorizationRulesOperationMethods"]] = None,
        path: typing.Optional[typing.Union["SecurityPolicySpecAuthorizationRulesOperationPath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Operation specifies the operation of a request, such as HTTP methods.

        If not specified, all operations are matched on.

        :param methods: Methods are the HTTP methods of the request. If multiple methods are specified, all specified methods are allowed or denied, based on the action of the rule.
        :param path: Path is the HTTP path of the request. Support Exact, PathPrefix and RegularExpression match types.

        :schema: SecurityPolicySpecAuthorizationRulesOperation
        '''
        if isinstance(path, dict):
            path = SecurityPolicySpecAuthorizationRulesOperationPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8cf5b1780d2a85e32e0d6de4698e5192339ad175fd84a77ebf14d09d81e1cf0a)
            check_type(argname="argument methods", value=methods, expected_type=type_hints["methods"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if methods is not None:
            self._values["methods"] = methods
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def methods(
        self,
    ) -> typing.Optional[typing.List["SecurityPolicySpecAuthorizationRulesOperationMethods"]]:
        '''Methods are the HTTP methods of the request.

        If multiple methods are specified, all specified methods are allowed or denied, based on the action of the rule.

        :schema: SecurityPolicySpecAuthorizationRulesOperation#methods
        '''
        result = self._values.get("methods")
        return typing.cast(typing.Optional[typing.List["SecurityPolicySpecAuthorizationRulesOperationMethods"]], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["SecurityPolicySpecAuthorizationRulesOperationPath"]:
        '''Path is the HTTP path of the request.

        Support Exact, PathPrefix and RegularExpression match types.

        :schema: SecurityPolicySpecAuthorizationRulesOperation#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["SecurityPolicySpecAuthorizationRulesOperationPath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorizationRulesOperation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesOperationMethods"
)
class SecurityPolicySpecAuthorizationRulesOperationMethods(enum.Enum):
    '''HTTPMethod describes how to select a HTTP route by matching the HTTP method as defined by `RFC 7231 <https://datatracker.ietf.org/doc/html/rfc7231#section-4>`_ and `RFC 5789 <https://datatracker.ietf.org/doc/html/rfc5789#section-2>`_. The value is expected in upper case.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: SecurityPolicySpecAuthorizationRulesOperationMethods
    '''

    GET = "GET"
    '''GET.'''
    HEAD = "HEAD"
    '''HEAD.'''
    POST = "POST"
    '''POST.'''
    PUT = "PUT"
    '''PUT.'''
    DELETE = "DELETE"
    '''DELETE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    OPTIONS = "OPTIONS"
    '''OPTIONS.'''
    TRACE = "TRACE"
    '''TRACE.'''
    PATCH = "PATCH"
    '''PATCH.'''


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesOperationPath",
    jsii_struct_bases=[],
    name_mapping={"value": "value", "invert": "invert", "type": "type"},
)
class SecurityPolicySpecAuthorizationRulesOperationPath:
    def __init__(
        self,
        *,
        value: builtins.str,
        invert: typing.Optional[builtins.bool] = None,
        type: typing.Optional["SecurityPolicySpecAuthorizationRulesOperationPathType"] = None,
    ) -> None:
        '''Path is the HTTP path of the request.

        Support Exact, PathPrefix and RegularExpression match types.

        :param value: Value specifies the HTTP path.
        :param invert: Invert specifies whether the value match result will be inverted.
        :param type: Type specifies how to match against the value of the path.

        :schema: SecurityPolicySpecAuthorizationRulesOperationPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1aa3e0e5d8602911600bef31a1d998ec453f6ab17f38dfb4cffe2ca7ff342beb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument invert", value=invert, expected_type=type_hints["invert"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "value": value,
        }
        if invert is not None:
            self._values["invert"] = invert
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def value(self) -> builtins.str:
        '''Value specifies the HTTP path.

        :schema: SecurityPolicySpecAuthorizationRulesOperationPath#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def invert(self) -> typing.Optional[builtins.bool]:
        '''Invert specifies whether the value match result will be inverted.

        :schema: SecurityPolicySpecAuthorizationRulesOperationPath#invert
        '''
        result = self._values.get("invert")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["SecurityPolicySpecAuthorizationRulesOperationPathType"]:
        '''Type specifies how to match against the value of the path.

        :schema: SecurityPolicySpecAuthorizationRulesOperationPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["SecurityPolicySpecAuthorizationRulesOperationPathType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorizationRulesOperationPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesOperationPathType"
)
class SecurityPolicySpecAuthorizationRulesOperationPathType(enum.Enum):
    '''Type specifies how to match against the value of the path.

    :schema: SecurityPolicySpecAuthorizationRulesOperationPathType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    PATH_PREFIX = "PATH_PREFIX"
    '''PathPrefix.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesPrincipal",
    jsii_struct_bases=[],
    name_mapping={
        "client_cid_rs": "clientCidRs",
        "client_ip_geo_locations": "clientIpGeoLocations",
        "headers": "headers",
        "jwt": "jwt",
    },
)
class SecurityPolicySpecAuthorizationRulesPrincipal:
    def __init__(
        self,
        *,
        client_cid_rs: typing.Optional[typing.Sequence[builtins.str]] = None,
        client_ip_geo_locations: typing.Optional[typing.Sequence[typing.Union["SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations", typing.Dict[builtins.str, typing.Any]]]] = None,
        headers: typing.Optional[typing.Sequence[typing.Union["SecurityPolicySpecAuthorizationRulesPrincipalHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        jwt: typing.Optional[typing.Union["SecurityPolicySpecAuthorizationRulesPrincipalJwt", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Principal specifies the client identity of a request.

        If there are multiple principal types, all principals must match for the rule to match.
        For example, if there are two principals: one for client IP and one for JWT claim,
        the rule will match only if both the client IP and the JWT claim match.

        :param client_cid_rs: ClientCIDRs are the IP CIDR ranges of the client. Valid examples are "192.168.1.0/24" or "2001:db8::/64". If multiple CIDR ranges are specified, one of the CIDR ranges must match the client IP for the rule to match. The client IP is inferred from the X-Forwarded-For header, a custom header, or the proxy protocol. You can use the ``ClientIPDetection`` or the ``ProxyProtocol`` field in the ``ClientTrafficPolicy`` to configure how the client IP is detected. For TCPRoute targets (raw TCP connections), HTTP headers such as X-Forwarded-For are not available. The client IP is obtained from the TCP connection's peer address. If intermediaries (load balancers, NAT) terminate or proxy TCP, the original client IP will only be available if the intermediary preserves the source address (for example by enabling the PROXY protocol or avoiding SNAT). Ensure your L4 proxy is configured to preserve the source IP to enable correct client-IP matching for TCPRoute targets.
        :param client_ip_geo_locations: ClientIPGeoLocations authorizes the request based on geolocation metadata derived from the client IP. This field is supported for HTTPRoute and GRPCRoute authorization. It is not supported for TCPRoute targets. If multiple entries are specified, one of the ClientIPGeoLocation entries must match for the rule to match. The client IP is inferred from the X-Forwarded-For header, a custom header, or the direct downstream connection source address (the TCP peer of the connection terminated by Envoy). You can use the ``ClientIPDetection`` field in the ``ClientTrafficPolicy`` to configure the client IP detection.
        :param headers: Headers authorize the request based on user identity extracted from custom headers. If multiple headers are specified, all headers must match for the rule to match.
        :param jwt: JWT authorize the request based on the JWT claims and scopes. Note: in order to use JWT claims for authorization, you must configure the JWT authentication in the same ``SecurityPolicy``.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipal
        '''
        if isinstance(jwt, dict):
            jwt = SecurityPolicySpecAuthorizationRulesPrincipalJwt(**jwt)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cb0dd55226ffe8049340eeead73a4bfb5b5e5ebf6df62b07b5cad5bb1d5edeb3)
            check_type(argname="argument client_cid_rs", value=client_cid_rs, expected_type=type_hints["client_cid_rs"])
            check_type(argname="argument client_ip_geo_locations", value=client_ip_geo_locations, expected_type=type_hints["client_ip_geo_locations"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_cid_rs is not None:
            self._values["client_cid_rs"] = client_cid_rs
        if client_ip_geo_locations is not None:
            self._values["client_ip_geo_locations"] = client_ip_geo_locations
        if headers is not None:
            self._values["headers"] = headers
        if jwt is not None:
            self._values["jwt"] = jwt

    @builtins.property
    def client_cid_rs(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ClientCIDRs are the IP CIDR ranges of the client. Valid examples are "192.168.1.0/24" or "2001:db8::/64".

        If multiple CIDR ranges are specified, one of the CIDR ranges must match
        the client IP for the rule to match.

        The client IP is inferred from the X-Forwarded-For header, a custom header,
        or the proxy protocol.
        You can use the ``ClientIPDetection`` or the ``ProxyProtocol`` field in
        the ``ClientTrafficPolicy`` to configure how the client IP is detected.

        For TCPRoute targets (raw TCP connections), HTTP headers such as
        X-Forwarded-For are not available. The client IP is obtained from the
        TCP connection's peer address. If intermediaries (load balancers, NAT)
        terminate or proxy TCP, the original client IP will only be available
        if the intermediary preserves the source address (for example by
        enabling the PROXY protocol or avoiding SNAT). Ensure your L4 proxy is
        configured to preserve the source IP to enable correct client-IP
        matching for TCPRoute targets.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipal#clientCIDRs
        '''
        result = self._values.get("client_cid_rs")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def client_ip_geo_locations(
        self,
    ) -> typing.Optional[typing.List["SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations"]]:
        '''ClientIPGeoLocations authorizes the request based on geolocation metadata derived from the client IP.

        This field is supported for HTTPRoute and GRPCRoute authorization.
        It is not supported for TCPRoute targets.

        If multiple entries are specified,  one of the ClientIPGeoLocation entries must match for the rule to match.

        The client IP is inferred from the X-Forwarded-For header, a custom header, or the
        direct downstream connection source address (the TCP peer of the connection terminated by Envoy).
        You can use the ``ClientIPDetection`` field in the ``ClientTrafficPolicy`` to configure the client IP detection.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipal#clientIPGeoLocations
        '''
        result = self._values.get("client_ip_geo_locations")
        return typing.cast(typing.Optional[typing.List["SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations"]], result)

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.List["SecurityPolicySpecAuthorizationRulesPrincipalHeaders"]]:
        '''Headers authorize the request based on user identity extracted from custom headers.

        If multiple headers are specified, all headers must match for the rule to match.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipal#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List["SecurityPolicySpecAuthorizationRulesPrincipalHeaders"]], result)

    @builtins.property
    def jwt(
        self,
    ) -> typing.Optional["SecurityPolicySpecAuthorizationRulesPrincipalJwt"]:
        '''JWT authorize the request based on the JWT claims and scopes.

        Note: in order to use JWT claims for authorization, you must configure the
        JWT authentication in the same ``SecurityPolicy``.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipal#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["SecurityPolicySpecAuthorizationRulesPrincipalJwt"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorizationRulesPrincipal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations",
    jsii_struct_bases=[],
    name_mapping={
        "anonymous": "anonymous",
        "asn": "asn",
        "city": "city",
        "country": "country",
        "isp": "isp",
        "region": "region",
    },
)
class SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations:
    def __init__(
        self,
        *,
        anonymous: typing.Optional[typing.Union["SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous", typing.Dict[builtins.str, typing.Any]]] = None,
        asn: typing.Optional[jsii.Number] = None,
        city: typing.Optional[builtins.str] = None,
        country: typing.Optional[builtins.str] = None,
        isp: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ClientIPGeoLocation specifies geolocation-based match criteria for authorization.

        :param anonymous: Anonymous matches anonymous network detection signals.
        :param asn: ASN is the autonomous system number associated with the client IP.
        :param city: City is the city associated with the client IP.
        :param country: Country is the country ISO code associated with the client IP.
        :param isp: ISP is the internet service provider associated with the client IP.
        :param region: Region is the region ISO code associated with the client IP.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations
        '''
        if isinstance(anonymous, dict):
            anonymous = SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous(**anonymous)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7bfb87ecf06fd547d0ba1492a67665311e050c43bcacba23b8ff4b18dfbbf6a6)
            check_type(argname="argument anonymous", value=anonymous, expected_type=type_hints["anonymous"])
            check_type(argname="argument asn", value=asn, expected_type=type_hints["asn"])
            check_type(argname="argument city", value=city, expected_type=type_hints["city"])
            check_type(argname="argument country", value=country, expected_type=type_hints["country"])
            check_type(argname="argument isp", value=isp, expected_type=type_hints["isp"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if anonymous is not None:
            self._values["anonymous"] = anonymous
        if asn is not None:
            self._values["asn"] = asn
        if city is not None:
            self._values["city"] = city
        if country is not None:
            self._values["country"] = country
        if isp is not None:
            self._values["isp"] = isp
        if region is not None:
            self._values["region"] = region

    @builtins.property
    def anonymous(
        self,
    ) -> typing.Optional["SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous"]:
        '''Anonymous matches anonymous network detection signals.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations#anonymous
        '''
        result = self._values.get("anonymous")
        return typing.cast(typing.Optional["SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous"], result)

    @builtins.property
    def asn(self) -> typing.Optional[jsii.Number]:
        '''ASN is the autonomous system number associated with the client IP.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations#asn
        '''
        result = self._values.get("asn")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def city(self) -> typing.Optional[builtins.str]:
        '''City is the city associated with the client IP.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations#city
        '''
        result = self._values.get("city")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def country(self) -> typing.Optional[builtins.str]:
        '''Country is the country ISO code associated with the client IP.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations#country
        '''
        result = self._values.get("country")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def isp(self) -> typing.Optional[builtins.str]:
        '''ISP is the internet service provider associated with the client IP.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations#isp
        '''
        result = self._values.get("isp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Region is the region ISO code associated with the client IP.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous",
    jsii_struct_bases=[],
    name_mapping={
        "is_anonymous": "isAnonymous",
        "is_hosting": "isHosting",
        "is_proxy": "isProxy",
        "is_tor": "isTor",
        "is_vpn": "isVpn",
    },
)
class SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous:
    def __init__(
        self,
        *,
        is_anonymous: typing.Optional[builtins.bool] = None,
        is_hosting: typing.Optional[builtins.bool] = None,
        is_proxy: typing.Optional[builtins.bool] = None,
        is_tor: typing.Optional[builtins.bool] = None,
        is_vpn: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Anonymous matches anonymous network detection signals.

        :param is_anonymous: IsAnonymous matches whether the client IP is considered anonymous.
        :param is_hosting: IsHosting matches whether the client IP belongs to a hosting provider.
        :param is_proxy: IsProxy matches whether the client IP belongs to a public proxy.
        :param is_tor: IsTor matches whether the client IP belongs to a Tor exit node.
        :param is_vpn: IsVPN matches whether the client IP is detected as VPN.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4927bd180ac2d1de1bd8f81f323ea9dfc3596e8b9d8f6615216e93fe2526462e)
            check_type(argname="argument is_anonymous", value=is_anonymous, expected_type=type_hints["is_anonymous"])
            check_type(argname="argument is_hosting", value=is_hosting, expected_type=type_hints["is_hosting"])
            check_type(argname="argument is_proxy", value=is_proxy, expected_type=type_hints["is_proxy"])
            check_type(argname="argument is_tor", value=is_tor, expected_type=type_hints["is_tor"])
            check_type(argname="argument is_vpn", value=is_vpn, expected_type=type_hints["is_vpn"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if is_anonymous is not None:
            self._values["is_anonymous"] = is_anonymous
        if is_hosting is not None:
            self._values["is_hosting"] = is_hosting
        if is_proxy is not None:
            self._values["is_proxy"] = is_proxy
        if is_tor is not None:
            self._values["is_tor"] = is_tor
        if is_vpn is not None:
            self._values["is_vpn"] = is_vpn

    @builtins.property
    def is_anonymous(self) -> typing.Optional[builtins.bool]:
        '''IsAnonymous matches whether the client IP is considered anonymous.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous#isAnonymous
        '''
        result = self._values.get("is_anonymous")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def is_hosting(self) -> typing.Optional[builtins.bool]:
        '''IsHosting matches whether the client IP belongs to a hosting provider.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous#isHosting
        '''
        result = self._values.get("is_hosting")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def is_proxy(self) -> typing.Optional[builtins.bool]:
        '''IsProxy matches whether the client IP belongs to a public proxy.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous#isProxy
        '''
        result = self._values.get("is_proxy")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def is_tor(self) -> typing.Optional[builtins.bool]:
        '''IsTor matches whether the client IP belongs to a Tor exit node.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous#isTor
        '''
        result = self._values.get("is_tor")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def is_vpn(self) -> typing.Optional[builtins.bool]:
        '''IsVPN matches whether the client IP is detected as VPN.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous#isVPN
        '''
        result = self._values.get("is_vpn")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesPrincipalHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "values": "values"},
)
class SecurityPolicySpecAuthorizationRulesPrincipalHeaders:
    def __init__(
        self,
        *,
        name: builtins.str,
        values: typing.Sequence[builtins.str],
    ) -> None:
        '''AuthorizationHeaderMatch specifies how to match against the value of an HTTP header within a authorization rule.

        :param name: Name of the HTTP header. The header name is case-insensitive unless PreserveHeaderCase is set to true. For example, "Foo" and "foo" are considered the same header.
        :param values: Values are the values that the header must match. If multiple values are specified, the rule will match if any of the values match.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__467b0b5c5a2203e19daa6dbc57b9ea8c419aa8853cdf71a17f7c1f79da2834bb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "values": values,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the HTTP header.

        The header name is case-insensitive unless PreserveHeaderCase is set to true.
        For example, "Foo" and "foo" are considered the same header.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.List[builtins.str]:
        '''Values are the values that the header must match.

        If multiple values are specified, the rule will match if any of the values match.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalHeaders#values
        '''
        result = self._values.get("values")
        assert result is not None, "Required property 'values' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorizationRulesPrincipalHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesPrincipalJwt",
    jsii_struct_bases=[],
    name_mapping={"provider": "provider", "claims": "claims", "scopes": "scopes"},
)
class SecurityPolicySpecAuthorizationRulesPrincipalJwt:
    def __init__(
        self,
        *,
        provider: builtins.str,
        claims: typing.Optional[typing.Sequence[typing.Union["SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''JWT authorize the request based on the JWT claims and scopes.

        Note: in order to use JWT claims for authorization, you must configure the
        JWT authentication in the same ``SecurityPolicy``.

        :param provider: Provider is the name of the JWT provider that used to verify the JWT token. In order to use JWT claims for authorization, you must configure the JWT authentication with the same provider in the same ``SecurityPolicy``.
        :param claims: Claims are the claims in a JWT token. If multiple claims are specified, all claims must match for the rule to match. For example, if there are two claims: one for the audience and one for the issuer, the rule will match only if both the audience and the issuer match.
        :param scopes: Scopes are a special type of claim in a JWT token that represents the permissions of the client. The value of the scopes field should be a space delimited string that is expected in the scope (or scp) claim, as defined in RFC 6749: https://datatracker.ietf.org/doc/html/rfc6749#page-23. If multiple scopes are specified, all scopes must match for the rule to match.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalJwt
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d1cac264c229afa8bbebb78eb6de9a7f49145896259900792b068883054d24f)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
        }
        if claims is not None:
            self._values["claims"] = claims
        if scopes is not None:
            self._values["scopes"] = scopes

    @builtins.property
    def provider(self) -> builtins.str:
        '''Provider is the name of the JWT provider that used to verify the JWT token.

        In order to use JWT claims for authorization, you must configure the JWT
        authentication with the same provider in the same ``SecurityPolicy``.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalJwt#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def claims(
        self,
    ) -> typing.Optional[typing.List["SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims"]]:
        '''Claims are the claims in a JWT token.

        If multiple claims are specified, all claims must match for the rule to match.
        For example, if there are two claims: one for the audience and one for the issuer,
        the rule will match only if both the audience and the issuer match.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalJwt#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims"]], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Scopes are a special type of claim in a JWT token that represents the permissions of the client.

        The value of the scopes field should be a space delimited string that is expected in the
        scope (or scp) claim, as defined in RFC 6749: https://datatracker.ietf.org/doc/html/rfc6749#page-23.

        If multiple scopes are specified, all scopes must match for the rule to match.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalJwt#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorizationRulesPrincipalJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "values": "values", "value_type": "valueType"},
)
class SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        values: typing.Sequence[builtins.str],
        value_type: typing.Optional["SecurityPolicySpecAuthorizationRulesPrincipalJwtClaimsValueType"] = None,
    ) -> None:
        '''JWTClaim specifies a claim in a JWT token.

        :param name: Name is the name of the claim. If it is a nested claim, use a dot (.) separated string as the name to represent the full path to the claim. For example, if the claim is in the "department" field in the "organization" field, the name should be "organization.department".
        :param values: Values are the values that the claim must match. If the claim is a string type, the specified value must match exactly. If the claim is a string array type, the specified value must match one of the values in the array. If multiple values are specified, one of the values must match for the rule to match.
        :param value_type: ValueType is the type of the claim value. Only String and StringArray types are supported for now.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6875c01b0f56b38e29b34b6191e2634fed3c4fd69ce934fb08b8c4d862c7a611)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
            check_type(argname="argument value_type", value=value_type, expected_type=type_hints["value_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "values": values,
        }
        if value_type is not None:
            self._values["value_type"] = value_type

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the claim.

        If it is a nested claim, use a dot (.) separated string as the name to
        represent the full path to the claim.
        For example, if the claim is in the "department" field in the "organization" field,
        the name should be "organization.department".

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.List[builtins.str]:
        '''Values are the values that the claim must match.

        If the claim is a string type, the specified value must match exactly.
        If the claim is a string array type, the specified value must match one of the values in the array.
        If multiple values are specified, one of the values must match for the rule to match.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims#values
        '''
        result = self._values.get("values")
        assert result is not None, "Required property 'values' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def value_type(
        self,
    ) -> typing.Optional["SecurityPolicySpecAuthorizationRulesPrincipalJwtClaimsValueType"]:
        '''ValueType is the type of the claim value.

        Only String and StringArray types are supported for now.

        :schema: SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims#valueType
        '''
        result = self._values.get("value_type")
        return typing.cast(typing.Optional["SecurityPolicySpecAuthorizationRulesPrincipalJwtClaimsValueType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecAuthorizationRulesPrincipalJwtClaimsValueType"
)
class SecurityPolicySpecAuthorizationRulesPrincipalJwtClaimsValueType(enum.Enum):
    '''ValueType is the type of the claim value.

    Only String and StringArray types are supported for now.

    :schema: SecurityPolicySpecAuthorizationRulesPrincipalJwtClaimsValueType
    '''

    STRING = "STRING"
    '''String.'''
    STRING_ARRAY = "STRING_ARRAY"
    '''StringArray.'''


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecBasicAuth",
    jsii_struct_bases=[],
    name_mapping={
        "users": "users",
        "forward_username_header": "forwardUsernameHeader",
    },
)
class SecurityPolicySpecBasicAuth:
    def __init__(
        self,
        *,
        users: typing.Union["SecurityPolicySpecBasicAuthUsers", typing.Dict[builtins.str, typing.Any]],
        forward_username_header: typing.Optional[builtins.str] = None,
    ) -> None:
        '''BasicAuth defines the configuration for the HTTP Basic Authentication.

        :param users: The Kubernetes secret which contains the username-password pairs in htpasswd format, used to verify user credentials in the "Authorization" header. This is an Opaque secret. The username-password pairs should be stored in the key ".htpasswd". As the key name indicates, the value needs to be the htpasswd format, for example: "user1:{SHA}hashed_user1_password". Right now, only SHA hash algorithm is supported. Reference to https://httpd.apache.org/docs/2.4/programs/htpasswd.html for more details.
        :param forward_username_header: This field specifies the header name to forward a successfully authenticated user to the backend. The header will be added to the request with the username as the value. If it is not specified, the username will not be forwarded.

        :schema: SecurityPolicySpecBasicAuth
        '''
        if isinstance(users, dict):
            users = SecurityPolicySpecBasicAuthUsers(**users)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aab046cd578421f409d79941883b8ff9e87f89f3dbbe9992d970f77b7bf8a96c)
            check_type(argname="argument users", value=users, expected_type=type_hints["users"])
            check_type(argname="argument forward_username_header", value=forward_username_header, expected_type=type_hints["forward_username_header"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "users": users,
        }
        if forward_username_header is not None:
            self._values["forward_username_header"] = forward_username_header

    @builtins.property
    def users(self) -> "SecurityPolicySpecBasicAuthUsers":
        '''The Kubernetes secret which contains the username-password pairs in htpasswd format, used to verify user credentials in the "Authorization" header.

        This is an Opaque secret. The username-password pairs should be stored in
        the key ".htpasswd". As the key name indicates, the value needs to be the
        htpasswd format, for example: "user1:{SHA}hashed_user1_password".
        Right now, only SHA hash algorithm is supported.
        Reference to https://httpd.apache.org/docs/2.4/programs/htpasswd.html
        for more details.

        :schema: SecurityPolicySpecBasicAuth#users
        '''
        result = self._values.get("users")
        assert result is not None, "Required property 'users' is missing"
        return typing.cast("SecurityPolicySpecBasicAuthUsers", result)

    @builtins.property
    def forward_username_header(self) -> typing.Optional[builtins.str]:
        '''This field specifies the header name to forward a successfully authenticated user to the backend.

        The header will be added to the request with the username as the value.

        If it is not specified, the username will not be forwarded.

        :schema: SecurityPolicySpecBasicAuth#forwardUsernameHeader
        '''
        result = self._values.get("forward_username_header")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecBasicAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecBasicAuthUsers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
    },
)
class SecurityPolicySpecBasicAuthUsers:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Kubernetes secret which contains the username-password pairs in htpasswd format, used to verify user credentials in the "Authorization" header.

        This is an Opaque secret. The username-password pairs should be stored in
        the key ".htpasswd". As the key name indicates, the value needs to be the
        htpasswd format, for example: "user1:{SHA}hashed_user1_password".
        Right now, only SHA hash algorithm is supported.
        Reference to https://httpd.apache.org/docs/2.4/programs/htpasswd.html
        for more details.

        :param name: Name is the name of the referent.
        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is kind of the referent. For example "Secret".
        :param namespace: Namespace is the namespace of the referenced object. When unspecified, the local namespace is inferred. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. Support: Core

        :schema: SecurityPolicySpecBasicAuthUsers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e195ec2f5a4bfa1655948db8a1bdf1f340c247fea0ab01d91638783afbfb355)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: SecurityPolicySpecBasicAuthUsers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: SecurityPolicySpecBasicAuthUsers#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is kind of the referent.

        For example "Secret".

        :schema: SecurityPolicySpecBasicAuthUsers#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the referenced object. When unspecified, the local namespace is inferred.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        Support: Core

        :schema: SecurityPolicySpecBasicAuthUsers#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecBasicAuthUsers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="envoygateway_ioenvoyproxygateway.SecurityPolicySpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "group": "group",
        "kind": "kind",
        "name": "name",
        "section_name": "sectionName",
    },
)
class SecurityPolicySpecTargetRefs:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''LocalPolicyTargetReferenceWithSectionName identifies an API object to apply a direct policy to.

        This should be used as part of Policy resources that can
        target single resources. For more information on how this policy attachment
        mode works, and a sample Policy resource, refer to the policy attachment
        documentation for Gateway API.

        Note: This should only be used for direct policy attachment when references
        to SectionName are actually needed. In all other cases,
        LocalPolicyTargetReference should be used.

        :param group: Group is the group of the target resource.
        :param kind: Kind is kind of the target resource.
        :param name: Name is the name of the target resource.
        :param section_name: SectionName is the name of a section within the target resource. When unspecified, this targetRef targets the entire resource. In the following resources, SectionName is interpreted as the following: - Gateway: Listener name - HTTPRoute: HTTPRouteRule name - Service: Port name If a SectionName is specified, but does not exist on the targeted object, the Policy must fail to attach, and the policy implementation should record a ``ResolvedRefs`` or similar Condition in the Policy's status.

        :schema: SecurityPolicySpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6686f0fec293ff96ff9f8c2729bbe5ae52857bcfe665ef373f0db9508b4f498a)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the target resource.

        :schema: SecurityPolicySpecTargetRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the target resource.

        :schema: SecurityPolicySpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the target resource.

        :schema: SecurityPolicySpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''SectionName is the name of a section within the target resource.

        When
        unspecified, this targetRef targets the entire resource. In the following
        resources, SectionName is interpreted as the following:

        - Gateway: Listener name
        - HTTPRoute: HTTPRouteRule name
        - Service: Port name

        If a SectionName is specified, but does not exist on the targeted object,
        the Policy must fail to attach, and the policy implementation should record
        a ``ResolvedRefs`` or similar Condition in the Policy's status.

        :schema: SecurityPolicySpecTargetRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecurityPolicySpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "BackendTrafficPolicy",
    "BackendTrafficPolicyProps",
    "BackendTrafficPolicySpec",
    "BackendTrafficPolicySpecRequestBuffer",
    "BackendTrafficPolicySpecRequestBufferLimit",
    "BackendTrafficPolicySpecTargetRefs",
    "BackendTrafficPolicySpecTimeout",
    "BackendTrafficPolicySpecTimeoutHttp",
    "BackendTrafficPolicySpecTimeoutTcp",
    "EnvoyProxy",
    "EnvoyProxyProps",
    "EnvoyProxySpec",
    "EnvoyProxySpecProvider",
    "EnvoyProxySpecProviderKubernetes",
    "EnvoyProxySpecProviderKubernetesEnvoyDeployment",
    "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer",
    "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources",
    "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims",
    "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits",
    "EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests",
    "EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod",
    "EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints",
    "EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector",
    "EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions",
    "EnvoyProxySpecProviderKubernetesEnvoyPdb",
    "EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable",
    "EnvoyProxySpecProviderKubernetesEnvoyService",
    "EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy",
    "EnvoyProxySpecProviderKubernetesEnvoyServiceType",
    "EnvoyProxySpecProviderType",
    "SecurityPolicy",
    "SecurityPolicyProps",
    "SecurityPolicySpec",
    "SecurityPolicySpecAuthorization",
    "SecurityPolicySpecAuthorizationDefaultAction",
    "SecurityPolicySpecAuthorizationRules",
    "SecurityPolicySpecAuthorizationRulesAction",
    "SecurityPolicySpecAuthorizationRulesOperation",
    "SecurityPolicySpecAuthorizationRulesOperationMethods",
    "SecurityPolicySpecAuthorizationRulesOperationPath",
    "SecurityPolicySpecAuthorizationRulesOperationPathType",
    "SecurityPolicySpecAuthorizationRulesPrincipal",
    "SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations",
    "SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous",
    "SecurityPolicySpecAuthorizationRulesPrincipalHeaders",
    "SecurityPolicySpecAuthorizationRulesPrincipalJwt",
    "SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims",
    "SecurityPolicySpecAuthorizationRulesPrincipalJwtClaimsValueType",
    "SecurityPolicySpecBasicAuth",
    "SecurityPolicySpecBasicAuthUsers",
    "SecurityPolicySpecTargetRefs",
]

publication.publish()

def _typecheckingstub__517ee890ddc4722e720b2b244caa0bd2131dab19af6357b41fdf236828d1cb8f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[BackendTrafficPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faa300681256b3b01aaf99e34cf84bb40b91ae54f8fd1670a26eeff1aaf23b3f(
    *,
    spec: typing.Union[BackendTrafficPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edace6362cc83a6dab30755e25d2a300b04bc0a048c01cd757652cba80f75852(
    *,
    request_buffer: typing.Optional[typing.Union[BackendTrafficPolicySpecRequestBuffer, typing.Dict[builtins.str, typing.Any]]] = None,
    target_refs: typing.Optional[typing.Sequence[typing.Union[BackendTrafficPolicySpecTargetRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    timeout: typing.Optional[typing.Union[BackendTrafficPolicySpecTimeout, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__069968d08276b1e8971d0314057cfa49cd30b9df5eefdb36e9713be2bcb1b270(
    *,
    limit: typing.Optional[BackendTrafficPolicySpecRequestBufferLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a700384bf79d19c6493c5c5a5cf974aabf7e41150c959837405c2723a6ddd199(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43022ebbd6b81e0b407be18c5d2154dc10936f6e460c1ff44936c4c91dc46768(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37922fd411bc4eac318725ebcdbc0eeca5af06fe5f9995cb87ffed56d6c25574(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66698ebb49ab8a25770b2434a5c6a604073b013f1169a2445f21df5d9b77912f(
    *,
    http: typing.Optional[typing.Union[BackendTrafficPolicySpecTimeoutHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp: typing.Optional[typing.Union[BackendTrafficPolicySpecTimeoutTcp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67b4ab4a1349522fdacef91215fd09c87568ded73012ac0ec3a9c52266abc167(
    *,
    connection_idle_timeout: typing.Optional[builtins.str] = None,
    max_connection_duration: typing.Optional[builtins.str] = None,
    max_stream_duration: typing.Optional[builtins.str] = None,
    request_timeout: typing.Optional[builtins.str] = None,
    stream_idle_timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cf8c33a72c89fafa609df1af52d21e8194061bd6249772b672b7303926ae647(
    *,
    connect_timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17c97354a8602a736958916ec816ea604564160d7803c4cc3643105d82fefa55(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[EnvoyProxySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__136f190cf41d5aaaaac1419bf89e003b56d492c0328a616c7721b7de70fd14fc(
    *,
    spec: typing.Union[EnvoyProxySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34e618575248cfbf72e3fcd1fe2f4aa9fd9b93069908aaf6b80126e16b4dbae7(
    *,
    provider: typing.Optional[typing.Union[EnvoyProxySpecProvider, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a308cebb0f517db08a180ad49ba1729aa35faa0375d08f47fc360340e40275db(
    *,
    type: EnvoyProxySpecProviderType,
    kubernetes: typing.Optional[typing.Union[EnvoyProxySpecProviderKubernetes, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89e6860d9af2e96563ad9b774a37e5af048cd90f2a8c3332c2f8d0f0340f2b6e(
    *,
    envoy_deployment: typing.Optional[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyDeployment, typing.Dict[builtins.str, typing.Any]]] = None,
    envoy_pdb: typing.Optional[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyPdb, typing.Dict[builtins.str, typing.Any]]] = None,
    envoy_service: typing.Optional[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyService, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed3e9246d252bb7e4489e7ea68aff7e476910e3be506103379b88d2316d26c07(
    *,
    container: typing.Optional[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    pod: typing.Optional[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyDeploymentPod, typing.Dict[builtins.str, typing.Any]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b65328930c8cb38bdcb0f7290171726e1316c72dac0ff9cb62f9fc46941d6237(
    *,
    resources: typing.Optional[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d090ddca4165ede46640b8f26558603a46e1e125d852144f65c529eeb2efa50(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d8373bc1478303cae91bf52b89470a299203d68be2f7c6b2dc97d074ff4b4b9(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd2eb16520e5a62ba6be21833b1b945c3881c5e83c9670b05251c54ca75b513b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c2795fd17947ae04548535916fe33e45899e5506914500c3325e464436b111b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea3f1aa87ccd2de1ee3fab53a0480f96cee6b14bc400d21e29941be84e0078ec(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__346b5b181e20d3ce7b9e616cdad0a0f88dff6826a1ed31ad68b360b1e3eff454(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d50c02eba07f2a74d29948e927ca42b5a3abb446450398c1d02bf4bf4dc9993b(
    *,
    topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4643d115b73f70bb29ccdaaec0eaccf0142c855cabb96234ea4992261a95769(
    *,
    max_skew: jsii.Number,
    topology_key: builtins.str,
    when_unsatisfiable: builtins.str,
    label_selector: typing.Optional[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    min_domains: typing.Optional[jsii.Number] = None,
    node_affinity_policy: typing.Optional[builtins.str] = None,
    node_taints_policy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32f222ef69f2360838d865b6db936a192d5e15f4492043bf295a915528d4b5a2(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[EnvoyProxySpecProviderKubernetesEnvoyDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ba84c8a50e6836c9552ba0a47936067fde6eb29dbded6c2e98a16db78dd642e(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f706edbbc9bae3b747ed9b934a1c658dc6349aaa4e49df1ff224be77a63fb87d(
    *,
    min_available: typing.Optional[EnvoyProxySpecProviderKubernetesEnvoyPdbMinAvailable] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ef6f945e3320e019a34310676bf9994ab7b3b2144c760c2545a7f82007d49ca(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3401cfa1c1ee801dac9ddaca1d6e44b4393906fdd9e5fb32295585e6987e647(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5353ab000093c8e5db51f49780162c7cc5b4618efe483ee6c65b914551f82e45(
    *,
    external_traffic_policy: typing.Optional[EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy] = None,
    load_balancer_ip: typing.Optional[builtins.str] = None,
    type: typing.Optional[EnvoyProxySpecProviderKubernetesEnvoyServiceType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b457efa3d83a4ae34aaae0fc9281802d4c9f8e2756f48d89ff02dffe65375f7(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[SecurityPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96a832cd57efbe117af33d3a734491b005e29432aca426eae6313cf5e902478e(
    *,
    spec: typing.Union[SecurityPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb921ee078d93d915dc3af82e99b16ef6671efe915dea65d28317ee337e2250d(
    *,
    authorization: typing.Optional[typing.Union[SecurityPolicySpecAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
    basic_auth: typing.Optional[typing.Union[SecurityPolicySpecBasicAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    target_refs: typing.Optional[typing.Sequence[typing.Union[SecurityPolicySpecTargetRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9e97c201d4fc814b54a83a883cfa695b876259e46dedbeaebdeae0ce225554b(
    *,
    default_action: typing.Optional[SecurityPolicySpecAuthorizationDefaultAction] = None,
    rules: typing.Optional[typing.Sequence[typing.Union[SecurityPolicySpecAuthorizationRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f9dfca4c21f2bf4d3b7e94137aefab4ade47fb9b8aeff92014a193d7644775b(
    *,
    action: SecurityPolicySpecAuthorizationRulesAction,
    cel: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    operation: typing.Optional[typing.Union[SecurityPolicySpecAuthorizationRulesOperation, typing.Dict[builtins.str, typing.Any]]] = None,
    principal: typing.Optional[typing.Union[SecurityPolicySpecAuthorizationRulesPrincipal, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cf5b1780d2a85e32e0d6de4698e5192339ad175fd84a77ebf14d09d81e1cf0a(
    *,
    methods: typing.Optional[typing.Sequence[SecurityPolicySpecAuthorizationRulesOperationMethods]] = None,
    path: typing.Optional[typing.Union[SecurityPolicySpecAuthorizationRulesOperationPath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1aa3e0e5d8602911600bef31a1d998ec453f6ab17f38dfb4cffe2ca7ff342beb(
    *,
    value: builtins.str,
    invert: typing.Optional[builtins.bool] = None,
    type: typing.Optional[SecurityPolicySpecAuthorizationRulesOperationPathType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb0dd55226ffe8049340eeead73a4bfb5b5e5ebf6df62b07b5cad5bb1d5edeb3(
    *,
    client_cid_rs: typing.Optional[typing.Sequence[builtins.str]] = None,
    client_ip_geo_locations: typing.Optional[typing.Sequence[typing.Union[SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocations, typing.Dict[builtins.str, typing.Any]]]] = None,
    headers: typing.Optional[typing.Sequence[typing.Union[SecurityPolicySpecAuthorizationRulesPrincipalHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    jwt: typing.Optional[typing.Union[SecurityPolicySpecAuthorizationRulesPrincipalJwt, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bfb87ecf06fd547d0ba1492a67665311e050c43bcacba23b8ff4b18dfbbf6a6(
    *,
    anonymous: typing.Optional[typing.Union[SecurityPolicySpecAuthorizationRulesPrincipalClientIpGeoLocationsAnonymous, typing.Dict[builtins.str, typing.Any]]] = None,
    asn: typing.Optional[jsii.Number] = None,
    city: typing.Optional[builtins.str] = None,
    country: typing.Optional[builtins.str] = None,
    isp: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4927bd180ac2d1de1bd8f81f323ea9dfc3596e8b9d8f6615216e93fe2526462e(
    *,
    is_anonymous: typing.Optional[builtins.bool] = None,
    is_hosting: typing.Optional[builtins.bool] = None,
    is_proxy: typing.Optional[builtins.bool] = None,
    is_tor: typing.Optional[builtins.bool] = None,
    is_vpn: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__467b0b5c5a2203e19daa6dbc57b9ea8c419aa8853cdf71a17f7c1f79da2834bb(
    *,
    name: builtins.str,
    values: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d1cac264c229afa8bbebb78eb6de9a7f49145896259900792b068883054d24f(
    *,
    provider: builtins.str,
    claims: typing.Optional[typing.Sequence[typing.Union[SecurityPolicySpecAuthorizationRulesPrincipalJwtClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6875c01b0f56b38e29b34b6191e2634fed3c4fd69ce934fb08b8c4d862c7a611(
    *,
    name: builtins.str,
    values: typing.Sequence[builtins.str],
    value_type: typing.Optional[SecurityPolicySpecAuthorizationRulesPrincipalJwtClaimsValueType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aab046cd578421f409d79941883b8ff9e87f89f3dbbe9992d970f77b7bf8a96c(
    *,
    users: typing.Union[SecurityPolicySpecBasicAuthUsers, typing.Dict[builtins.str, typing.Any]],
    forward_username_header: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e195ec2f5a4bfa1655948db8a1bdf1f340c247fea0ab01d91638783afbfb355(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6686f0fec293ff96ff9f8c2729bbe5ae52857bcfe665ef373f0db9508b4f498a(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
