-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('diplomatic_bluebook', 'defense_white_paper', 'meeting_summary', 'press_column', 'other');

-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('country', 'special_region', 'subregion', 'group');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('member', 'suspended', 'observer');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "FactCategory" AS ENUM ('diplomacy', 'conflict', 'territory', 'military_deployment', 'military_activity', 'security_cooperation', 'domestic_politics', 'elections', 'economy_trade', 'energy', 'sanctions', 'humanitarian', 'culture_exchange', 'other');

-- CreateEnum
CREATE TYPE "FactDerivation" AS ENUM ('place_name', 'compound', 'section_heading', 'office_holder');

-- CreateEnum
CREATE TYPE "TimelineSubject" AS ENUM ('northern_territories', 'nagorno_karabakh', 'deployments');

-- CreateEnum
CREATE TYPE "DeploymentFramework" AS ENUM ('bilateral', 'csto', 'peacekeeping_trilateral', 'annexed_territory', 'other');

-- CreateEnum
CREATE TYPE "DataOrigin" AS ENUM ('document', 'reference');

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "publisher" TEXT NOT NULL,
    "publisherEn" TEXT,
    "kind" "DocumentKind" NOT NULL DEFAULT 'other',
    "publishedOn" DATE NOT NULL,
    "coversFrom" INTEGER NOT NULL,
    "coversTo" INTEGER NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'ja',
    "sourceUrl" TEXT,
    "sourceFile" TEXT NOT NULL,
    "licenceNote" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "extractorVersion" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "code" TEXT NOT NULL,
    "kind" "PlaceKind" NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "isoA3" TEXT,
    "isoN3" TEXT,
    "parentCode" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "PlaceName" (
    "id" SERIAL NOT NULL,
    "placeCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "variant" TEXT NOT NULL,

    CONSTRAINT "PlaceName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceControl" (
    "id" SERIAL NOT NULL,
    "placeCode" TEXT NOT NULL,
    "administrator" TEXT NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER,
    "note" TEXT NOT NULL,

    CONSTRAINT "PlaceControl_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMembership" (
    "id" SERIAL NOT NULL,
    "groupCode" TEXT NOT NULL,
    "memberCode" TEXT NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER,
    "status" "MembershipStatus" NOT NULL DEFAULT 'member',
    "note" TEXT,

    CONSTRAINT "GroupMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "placeCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "day" INTEGER,
    "precision" "DatePrecision" NOT NULL,
    "dateText" TEXT,
    "category" "FactCategory" NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentenceNo" INTEGER NOT NULL,
    "derivation" "FactDerivation" NOT NULL,
    "matchedText" TEXT NOT NULL,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "subject" "TimelineSubject" NOT NULL,
    "placeCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "day" INTEGER,
    "precision" "DatePrecision" NOT NULL,
    "kind" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "origin" "DataOrigin" NOT NULL,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEventFact" (
    "eventId" INTEGER NOT NULL,
    "factId" INTEGER NOT NULL,

    CONSTRAINT "TimelineEventFact_pkey" PRIMARY KEY ("eventId","factId")
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "hostCode" TEXT NOT NULL,
    "regionCode" TEXT,
    "locationEn" TEXT NOT NULL,
    "locationJa" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "unitOrFacility" TEXT NOT NULL,
    "framework" "DeploymentFramework" NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER,
    "personnelLow" INTEGER,
    "personnelHigh" INTEGER,
    "personnelAsOf" INTEGER,
    "origin" "DataOrigin" NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeploymentSource" (
    "id" SERIAL NOT NULL,
    "deploymentId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "factId" INTEGER,

    CONSTRAINT "DeploymentSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoadedDataset" (
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoadedDataset_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Document_contentHash_key" ON "Document"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Place_isoA3_key" ON "Place"("isoA3");

-- CreateIndex
CREATE UNIQUE INDEX "Place_isoN3_key" ON "Place"("isoN3");

-- CreateIndex
CREATE INDEX "Place_kind_idx" ON "Place"("kind");

-- CreateIndex
CREATE INDEX "Place_parentCode_idx" ON "Place"("parentCode");

-- CreateIndex
CREATE INDEX "PlaceName_name_idx" ON "PlaceName"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceName_placeCode_name_key" ON "PlaceName"("placeCode", "name");

-- CreateIndex
CREATE INDEX "PlaceControl_placeCode_fromYear_idx" ON "PlaceControl"("placeCode", "fromYear");

-- CreateIndex
CREATE INDEX "GroupMembership_groupCode_fromYear_idx" ON "GroupMembership"("groupCode", "fromYear");

-- CreateIndex
CREATE INDEX "GroupMembership_memberCode_idx" ON "GroupMembership"("memberCode");

-- CreateIndex
CREATE INDEX "Fact_placeCode_year_idx" ON "Fact"("placeCode", "year");

-- CreateIndex
CREATE INDEX "Fact_year_category_idx" ON "Fact"("year", "category");

-- CreateIndex
CREATE INDEX "Fact_documentId_idx" ON "Fact"("documentId");

-- CreateIndex
CREATE INDEX "Fact_quote_trgm_idx" ON "Fact" USING GIN ("quote" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "TimelineEvent_slug_key" ON "TimelineEvent"("slug");

-- CreateIndex
CREATE INDEX "TimelineEvent_subject_year_idx" ON "TimelineEvent"("subject", "year");

-- CreateIndex
CREATE INDEX "TimelineEventFact_factId_idx" ON "TimelineEventFact"("factId");

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_slug_key" ON "Deployment"("slug");

-- CreateIndex
CREATE INDEX "Deployment_startYear_endYear_idx" ON "Deployment"("startYear", "endYear");

-- CreateIndex
CREATE INDEX "Deployment_hostCode_idx" ON "Deployment"("hostCode");

-- CreateIndex
CREATE INDEX "DeploymentSource_deploymentId_idx" ON "DeploymentSource"("deploymentId");

-- CreateIndex
CREATE INDEX "DeploymentSource_factId_idx" ON "DeploymentSource"("factId");

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Place"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceName" ADD CONSTRAINT "PlaceName_placeCode_fkey" FOREIGN KEY ("placeCode") REFERENCES "Place"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceControl" ADD CONSTRAINT "PlaceControl_placeCode_fkey" FOREIGN KEY ("placeCode") REFERENCES "Place"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_groupCode_fkey" FOREIGN KEY ("groupCode") REFERENCES "Place"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_memberCode_fkey" FOREIGN KEY ("memberCode") REFERENCES "Place"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_placeCode_fkey" FOREIGN KEY ("placeCode") REFERENCES "Place"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_placeCode_fkey" FOREIGN KEY ("placeCode") REFERENCES "Place"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEventFact" ADD CONSTRAINT "TimelineEventFact_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TimelineEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEventFact" ADD CONSTRAINT "TimelineEventFact_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_hostCode_fkey" FOREIGN KEY ("hostCode") REFERENCES "Place"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Place"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentSource" ADD CONSTRAINT "DeploymentSource_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeploymentSource" ADD CONSTRAINT "DeploymentSource_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
