import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  CacheHeaderBehavior,
  CacheQueryStringBehavior,
  CacheCookieBehavior,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  OriginRequestCookieBehavior,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { eventsPath } from '@clinicall/shared/paths';
import { acknowledge } from '../nag/acknowledge.ts';

export interface WebSiteProps {
  /** The HTTP API's execute-api host name, served under /api/*. */
  readonly apiDomainName: string;
  /** The WebSocket API's execute-api host name and stage, served at /api/events. */
  readonly events: { readonly domainName: string; readonly stageName: string };
  /** Added to every request CloudFront forwards to the API, which refuses requests without it. */
  readonly originHeader: { readonly name: string; readonly value: string };
  readonly contentSecurityPolicy: string;
  readonly logRetentionDays: number;
  readonly customDomain?: { readonly domainName: string; readonly certificateArn: string };
  readonly webAclArn?: string;
}

/** Client-side routes (/join, /consultations/…) have no file extension: serve the app for them. */
const spaRewrite = `function handler(event) {
  var request = event.request;
  if (!/\\.[A-Za-z0-9]+$/.test(request.uri)) request.uri = '/index.html';
  return request;
}`;

/** A WebSocket API answers only at its stage's path: /api/events is asked of it as /<stage>. */
const eventsRewrite = (stageName: string) => `function handler(event) {
  var request = event.request;
  request.uri = '/${stageName}';
  return request;
}`;

/**
 * The SPA and the API behind one CloudFront distribution: a private bucket reached only
 * through origin access control, /api/events to the WebSocket API and the rest of /api/* to
 * the HTTP API, uncached, both with the secret origin header, strict security
 * headers on every response. Same origin for page and API: no CORS, and the CSP's 'self'
 * covers the API.
 */
export class WebSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly siteUrl: string;

  constructor(scope: Construct, id: string, props: WebSiteProps) {
    super(scope, id);
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      // CloudFront standard logging writes with object ACLs.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [
        { expiration: Duration.days(props.logRetentionDays), noncurrentVersionExpiration: Duration.days(30) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      logs,
      'HIPAA.Security-S3DefaultEncryptionKMS',
      'S3 server access logging and CloudFront standard logging can only deliver to buckets encrypted with SSE-S3; objects are encrypted at rest with SSE-S3.',
    );
    acknowledge(
      logs,
      'HIPAA.Security-S3BucketReplicationEnabled',
      'Access logs are kept for the configured retention in a versioned bucket in one Region; cross-Region replication is left to the organisation if its policy requires a second copy.',
    );

    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.bucket,
      'HIPAA.Security-S3DefaultEncryptionKMS',
      "Holds only the web app's build output (HTML, JavaScript, CSS, the public config.json): no patient data. Encrypted at rest with SSE-S3.",
    );
    acknowledge(
      this.bucket,
      'HIPAA.Security-S3BucketReplicationEnabled',
      'Build output that every deployment writes again from source control; a replica would protect nothing that cannot be rebuilt.',
    );

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Clinicall security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: props.contentSecurityPolicy, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          {
            header: 'Permissions-Policy',
            value: 'camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=()',
            override: true,
          },
        ],
      },
    });

    // API responses are never cached (they say no-store); Authorization must reach the API, and
    // CloudFront forwards it only as part of a cache key, so a key with a TTL of at most 1 s.
    const apiCachePolicy = new CachePolicy(this, 'ApiCachePolicy', {
      comment: 'Clinicall API: forward Authorization, cache nothing',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList('Authorization'),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      cookieBehavior: CacheCookieBehavior.none(),
    });

    // What the API reads of a viewer's request (Authorization travels in the cache key), and the
    // viewer's address, which API Gateway cannot see behind CloudFront.
    const apiRequests = new OriginRequestPolicy(this, 'ApiOriginRequests', {
      comment: 'Clinicall API: the headers it reads, and the viewer address',
      headerBehavior: OriginRequestHeaderBehavior.allowList(
        'Accept',
        'Accept-Language',
        'Content-Type',
        'Origin',
        'User-Agent',
        'CloudFront-Viewer-Address',
      ),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      cookieBehavior: OriginRequestCookieBehavior.none(),
    });

    // The WebSocket handshake (its ticket offered in Sec-WebSocket-Protocol), and the viewer's
    // address; no query string or cookie: the socket needs neither.
    const eventsRequests = new OriginRequestPolicy(this, 'EventsOriginRequests', {
      comment: 'Clinicall events socket: the WebSocket handshake, and the viewer address',
      headerBehavior: OriginRequestHeaderBehavior.allowList(
        'Sec-WebSocket-Key',
        'Sec-WebSocket-Version',
        'Sec-WebSocket-Protocol',
        'Sec-WebSocket-Extensions',
        'Origin',
        'User-Agent',
        'CloudFront-Viewer-Address',
      ),
      queryStringBehavior: OriginRequestQueryStringBehavior.none(),
      cookieBehavior: OriginRequestCookieBehavior.none(),
    });

    /** An API Gateway endpoint, over TLS 1.2, told by the secret header that the request came through the site. */
    const apiOrigin = (domainName: string) =>
      new HttpOrigin(domainName, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
        customHeaders: { [props.originHeader.name]: props.originHeader.value },
      });

    const custom = props.customDomain;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Clinicall',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'SpaRewrite', {
              code: FunctionCode.fromInline(spaRewrite),
              runtime: FunctionRuntime.JS_2_0,
              comment: 'Serve index.html for client-side routes',
            }),
          },
        ],
      },
      // In order: /api/events before /api/*.
      additionalBehaviors: {
        [eventsPath]: {
          origin: apiOrigin(props.events.domainName),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: eventsRequests,
          functionAssociations: [
            {
              eventType: FunctionEventType.VIEWER_REQUEST,
              function: new CloudFrontFunction(this, 'EventsPath', {
                code: FunctionCode.fromInline(eventsRewrite(props.events.stageName)),
                runtime: FunctionRuntime.JS_2_0,
                comment: 'Ask the events WebSocket API at its stage',
              }),
            },
          ],
        },
        '/api/*': {
          origin: apiOrigin(props.apiDomainName),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: apiCachePolicy,
          originRequestPolicy: apiRequests,
          responseHeadersPolicy: headers,
        },
      },
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      logIncludesCookies: false,
      ...(custom && {
        domainNames: [custom.domainName],
        certificate: Certificate.fromCertificateArn(this, 'Certificate', custom.certificateArn),
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      }),
      ...(props.webAclArn && { webAclId: props.webAclArn }),
    });
    this.siteUrl = `https://${custom ? custom.domainName : this.distribution.distributionDomainName}`;

    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'Patients join from wherever they are, including abroad; an organisation that must restrict countries can add a geo restriction or a WAF rule.',
    );
    if (!props.webAclArn) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR2',
        'No WAF web ACL is configured for this stage (webAclArn): the API is throttled per stage and route, staff routes need a Cognito token, and link tokens are single-use 128-bit secrets. Set webAclArn to attach one.',
      );
    }
    if (!custom) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'Served on the default *.cloudfront.net certificate, for which CloudFront fixes the viewer TLS policy; with customDomain set the distribution requires TLS 1.2 (TLSv1.2_2021).',
      );
    }
  }
}
