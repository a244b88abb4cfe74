-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "sourceTitle" TEXT,
ADD COLUMN     "sourceUrl" TEXT;
